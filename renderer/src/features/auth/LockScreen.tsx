/**
 * The lock screen, drawn over the app. The app stays mounted beneath (unsaved form text survives)
 * but is inert and hidden, and every key is already gone from memory.
 */
import { Anchor, Button, Overlay, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { IconLockOpen } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { usePasswordSubmit } from './use-password-submit'
import { ErrorAlert } from '../../components/ErrorAlert'

interface Props {
  displayName: string
  username: string
  onUnlock: (password: string) => Promise<void>
  onSwitchUser: () => void
}

export function LockScreen({ displayName, username, onUnlock, onSwitchUser }: Props) {
  const { t } = useTranslation()
  const { password, setPassword, error, busy, onSubmit } = usePasswordSubmit(onUnlock, { passwordOnly: true })

  return (
    <Overlay fixed backgroundOpacity={1} color="#f1f3f5" zIndex={1000} center>
      <Paper
        withBorder
        shadow="md"
        p="xl"
        w={380}
        role="dialog"
        aria-modal="true"
        aria-label={t('auth.locked')}
      >
        <form onSubmit={onSubmit}>
          <Stack>
            <Title order={3}>{t('auth.locked')}</Title>
            <Text>
              {displayName}{' '}
              <Text span c="dimmed">
                ({username})
              </Text>
            </Text>
            <PasswordInput
              label={t('auth.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              autoFocus
              required
            />
            <ErrorAlert message={error} testId="unlock-error" />
            <Button type="submit" loading={busy} leftSection={<IconLockOpen size={16} />}>
              {t('auth.unlock')}
            </Button>
            <Anchor component="button" type="button" size="sm" onClick={onSwitchUser}>
              {t('auth.switchUser')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Overlay>
  )
}
