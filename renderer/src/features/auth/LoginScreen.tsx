/** The login screen: whose workspace this is, username and password, and why a login failed. */
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePasswordSubmit } from './use-password-submit'

interface Props {
  organisationName: string | null
  onLogin: (username: string, password: string) => Promise<void>
}

export function LoginScreen({ organisationName, onLogin }: Props) {
  const { t } = useTranslation()
  const [username, setUsername] = useState('')
  const { password, setPassword, error, busy, onSubmit } = usePasswordSubmit((password) =>
    onLogin(username, password),
  )

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={400}>
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
            {error && (
              <Alert color="red" role="alert" data-testid="login-error">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} leftSection={<IconLock size={16} />}>
              {t('auth.login')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
