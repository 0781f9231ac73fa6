/**
 * The first login of an account an administrator created (or whose password an administrator
 * reset): the person chooses their own password before anything else opens. The password the
 * administrator handed over is asked again, so only the person who knows it can replace it.
 */
import { Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PasswordFields } from '../../components/PasswordFields'
import { authErrorMessage } from '../shared/auth-messages'
import { useRepositories, useSession } from '../shared/services'

export function ChoosePasswordScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const { account } = useRepositories()
  const { user, logout } = useSession()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    if (next !== confirm) return setError(t('validation.passwordMismatch'))
    if (next === current) return setError(t('auth.choosePassword.same'))
    setBusy(true)
    try {
      await account.changePassword(current, next)
      onDone()
    } catch (err) {
      setError(authErrorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Center mih="100vh" bg="gray.1">
      <Paper withBorder shadow="md" p="xl" w={440} component="main">
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={2}>{t('auth.choosePassword.title')}</Title>
            <Text size="sm">{t('auth.choosePassword.intro', { name: user.displayName })}</Text>
            <PasswordInput
              label={t('auth.choosePassword.issued')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
              withAsterisk
            />
            <PasswordFields
              password={{ value: next, onChange: (e) => setNext(e.currentTarget.value) }}
              confirm={{ value: confirm, onChange: (e) => setConfirm(e.currentTarget.value) }}
              passwordLabel={t('settings.newPassword')}
            />
            <ErrorAlert message={error} />
            <Button type="submit" loading={busy} disabled={!current || !next}>
              {t('auth.choosePassword.submit')}
            </Button>
            <Button variant="subtle" onClick={logout}>
              {t('auth.logout')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
