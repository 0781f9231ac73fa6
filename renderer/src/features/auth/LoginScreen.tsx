/**
 * The login screen: whose workspace this is, username and password, why a login failed, and the way
 * back in with the recovery key when a password is forgotten.
 */
import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RecoverAccountForm, type RecoverAccountValues } from './RecoverAccountForm'
import { usePasswordSubmit } from './use-password-submit'
import { ErrorAlert } from '../../components/ErrorAlert'

interface Props {
  organisationName: string | null
  onLogin: (username: string, password: string) => Promise<void>
  onRecover: (values: RecoverAccountValues) => Promise<void>
  /** Replacing this PC's workspace with a backup (after confirmation on the restore screen). */
  onRestore?: () => void
}

export function LoginScreen({ organisationName, onLogin, onRecover, onRestore }: Props) {
  const { t } = useTranslation()
  const [username, setUsername] = useState('')
  const [recovering, setRecovering] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const { password, setPassword, error, busy, onSubmit } = usePasswordSubmit((password) =>
    onLogin(username, password),
  )

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={400}>
        {recovering ? (
          <RecoverAccountForm
            onRecover={onRecover}
            onCancel={() => setRecovering(false)}
            onDone={(message) => {
              setNotice(message)
              setRecovering(false)
            }}
          />
        ) : (
          <form onSubmit={onSubmit}>
            <Stack>
              <div>
                <Title order={3}>{t('app.title')}</Title>
                {organisationName && <Text c="dimmed">{organisationName}</Text>}
              </div>
              <TextInput
                label={t('auth.username')}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                autoComplete="username"
                autoFocus
                required
              />
              <PasswordInput
                label={t('auth.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="current-password"
                required
              />
              {notice && !error && (
                <Alert color="green" data-testid="login-notice">
                  {notice}
                </Alert>
              )}
              <ErrorAlert message={error} testId="login-error" />
              <Button type="submit" loading={busy} leftSection={<IconLock size={16} />}>
                {t('auth.login')}
              </Button>
              <Anchor component="button" type="button" size="sm" onClick={() => setRecovering(true)}>
                {t('recoverAccount.link')}
              </Anchor>
              {onRestore && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={onRestore}
                  data-testid="login-restore"
                >
                  {t('backup.restore.entry')}
                </Anchor>
              )}
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  )
}
