/** 设置 → 工作站类型: a mediation room (exports bundles) or a district office (imports them). */
import { Card, Stack, Switch, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'

export function WorkspaceRoleCard() {
  const { t } = useTranslation()
  const { exports } = useRepositories()
  const role = useQuery(() => exports.role(), [])
  const district = role.data === 'district'
  return (
    <Card withBorder data-testid="workspace-role">
      <Stack gap="xs">
        <Title order={4}>{t('export.role.title')}</Title>
        <Text size="sm" c="dimmed">
          {district ? t('export.role.district') : t('export.role.room')}
        </Text>
        <Switch
          label={t('export.role.label')}
          checked={district}
          disabled={!role.data}
          onChange={async (e) => {
            await exports.setRole(e.currentTarget.checked ? 'district' : 'room')
            notifications.show({ color: 'green', message: t('export.role.saved') })
          }}
        />
      </Stack>
    </Card>
  )
}
