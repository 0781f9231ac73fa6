/** 用户管理: administrators create accounts, change names and roles, disable and reset passwords. */
import { Badge, Button, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserSummary } from '../../../data'
import { authErrorMessage } from '../../shared/auth-messages'
import { CounsellingAdminCard } from '../../counselling'
import { formatDateTime } from '../../shared/format'
import { useRepositories, useSession } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { CreateUserModal } from './CreateUserModal'
import { EditUserModal } from './EditUserModal'
import { ResetPasswordModal } from './ResetPasswordModal'
import { ErrorAlert } from '../../../components/ErrorAlert'

export function UsersPage() {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const { user: me } = useSession()
  const result = useQuery(() => users.list(), [])
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<UserSummary | null>(null)
  const [resetting, setResetting] = useState<UserSummary | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)

  const toggle = async (u: UserSummary) => {
    setFailure(null)
    setBusyId(u.id)
    try {
      await users.setDisabled(u.id, !u.disabled)
      const message = u.disabled ? 'users.enabledDone' : 'users.disabledDone'
      notifications.show({ color: 'green', message: t(message, { username: u.username }) })
    } catch (error) {
      setFailure(authErrorMessage(error, t))
    } finally {
      setBusyId(null)
    }
  }

  const list = result.data

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('users.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('users.intro')}
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      </Group>

      <ErrorAlert message={result.status === 'error' && authErrorMessage(result.error, t)} />
      <ErrorAlert message={failure} onDismiss={() => setFailure(null)} />

      {list && list.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('users.empty')}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs" aria-label={t('users.title')} data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.username')}</Table.Th>
              <Table.Th>{t('users.displayName')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>{t('users.createdAt')}</Table.Th>
              <Table.Th>{t('users.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list?.map((u) => {
              const self = u.id === me.id
              return (
                <Table.Tr key={u.id} data-testid={`user-row-${u.username}`}>
                  <Table.Td>
                    {u.username}
                    {self && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({t('users.you')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{u.displayName}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {u.roles.map((r) => (
                        <Badge key={r} variant="light">
                          {t(`roles.${r}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={u.disabled ? 'gray' : 'green'} variant="dot">
                      {u.disabled ? t('users.disabled') : t('users.enabled')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(u.createdAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => setEditing(u)}>
                        {t('users.edit')}
                      </Button>
                      <Tooltip label={t('users.selfHint')} disabled={!self}>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color={u.disabled ? 'green' : 'red'}
                          // data-disabled, not disabled: a disabled button fires no hover, so no tooltip.
                          data-disabled={self || undefined}
                          aria-disabled={self || undefined}
                          loading={busyId === u.id}
                          onClick={(e) => (self ? e.preventDefault() : void toggle(u))}
                        >
                          {u.disabled ? t('users.enable') : t('users.disable')}
                        </Button>
                      </Tooltip>
                      <Button size="compact-sm" variant="subtle" onClick={() => setResetting(u)}>
                        {t('users.resetPassword')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      {editing && <EditUserModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
      {resetting && (
        <ResetPasswordModal key={resetting.id} user={resetting} onClose={() => setResetting(null)} />
      )}
      <CounsellingAdminCard />
    </Stack>
  )
}
