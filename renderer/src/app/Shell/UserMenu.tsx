/** Who is signed in, with their roles, and the lock and logout actions. */
import { Badge, Button, Group, Menu, Text } from '@mantine/core'
import { IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../features/shared/services'

export function UserMenu() {
  const { t } = useTranslation()
  const { user, lock, logout } = useSession()
  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" leftSection={<IconUserCircle size={18} />} data-testid="user-menu">
            {user.displayName}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {t('auth.signedInAs')} {user.username}
          </Menu.Label>
          <Group gap={4} px="sm" pb="xs">
            {user.roles.map((r) => (
              <Badge key={r} size="sm" variant="light">
                {t(`roles.${r}`)}
              </Badge>
            ))}
          </Group>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={logout}>
            <Text size="sm">{t('auth.logout')}</Text>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="light" size="xs" leftSection={<IconLock size={14} />} onClick={lock}>
        {t('auth.lockNow')}
      </Button>
    </Group>
  )
}
