/** An honest placeholder: says the capability is not built yet, with no fake content. */
import { Alert, Anchor, Stack, Title } from '@mantine/core'
import { IconTool } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { NavArea } from '../Shell/nav-items'

export function NotBuiltPage({ area }: { area: NavArea }) {
  const { t } = useTranslation()
  const name = t(`nav.${area}`)
  return (
    <Stack gap="md" maw={640}>
      <Title order={2}>{name}</Title>
      <Alert icon={<IconTool />} color="gray" title={t('notBuilt.title', { name })}>
        {t('notBuilt.body')}
      </Alert>
      <Anchor component={Link} to="/cases">
        {t('notBuilt.back')}
      </Anchor>
    </Stack>
  )
}
