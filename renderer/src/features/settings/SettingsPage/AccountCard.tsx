/** Changing one's own password: the keys are re-wrapped, no record is touched. */
import { Button, Card, Group, PasswordInput, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { authErrorMessage } from '../../shared/auth-messages'
import { useRepositories, useSession } from '../../shared/services'
import { PasswordFields } from '../../../components/PasswordFields'

export function AccountCard() {
  const { t } = useTranslation()
  const { account } = useRepositories()
  const { user } = useSession()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setError(null)
    if (next !== confirm) return setError(t('validation.passwordMismatch'))
    setBusy(true)
    try {
      await account.changePassword(current, next)
      setCurrent('')
      setNext('')
      setConfirm('')
      notifications.show({ color: 'green', message: t('settings.passwordChanged') })
    } catch (err) {
      setError(authErrorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder>
      <Title order={4}>{t('settings.account')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {user.displayName} ({user.username}) · {user.roles.map((r) => t(`roles.${r}`)).join('、')}
      </Text>
      <Group align="start" grow>
        <PasswordInput
          label={t('settings.currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoComplete="current-password"
        />
        <PasswordFields
          password={{ value: next, onChange: (e) => setNext(e.currentTarget.value) }}
          confirm={{ value: confirm, onChange: (e) => setConfirm(e.currentTarget.value) }}
          passwordLabel={t('settings.newPassword')}
          required={false}
        />
      </Group>
      {error && (
        <Text c="red" size="sm" mt="xs" role="alert">
          {error}
        </Text>
      )}
      <Group justify="flex-end" mt="sm">
        <Button onClick={() => void submit()} loading={busy} disabled={!current || !next}>
          {t('settings.changePassword')}
        </Button>
      </Group>
    </Card>
  )
}
