/** 文书: verifying an issued document, and (administrators) the document templates. */
import { Stack, Tabs, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TemplatesPanel } from './templates'
import { useCan } from '../shared/services'
import { VerifyPanel } from './verify/VerifyPanel'

export function DocumentsPage() {
  const { t } = useTranslation()
  const manage = useCan('settings:manage')
  return (
    <Stack gap="md">
      <Title order={2}>{t('docs.pageTitle')}</Title>
      <Tabs defaultValue="verify" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="verify">{t('docs.tabVerify')}</Tabs.Tab>
          {manage && <Tabs.Tab value="templates">{t('docs.tabTemplates')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="verify" pt="md">
          <VerifyPanel />
        </Tabs.Panel>
        {manage && (
          <Tabs.Panel value="templates" pt="md">
            <TemplatesPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  )
}
