/** The login screen's "forgot password" path: username, the printed recovery key, a new password. */
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconKey } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { authErrorMessage } from '../shared/auth-messages'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PasswordFields } from '../../components/PasswordFields'

export interface RecoverAccountValues {
  username: string
  recoveryKey: string
  newPassword: string
}

interface Props {
  onRecover: (values: RecoverAccountValues) => Promise<void>
  onDone: (message: string) => void
  onCancel: () => void
}

export function RecoverAccountForm({ onRecover, onDone, onCancel }: Props) {
  const { t } = useTranslation()
  const [values, setValues] = useState<RecoverAccountValues>({
    username: '',
    recoveryKey: '',
    newPassword: '',
  })
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (key: keyof RecoverAccountValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value
    setValues((v) => ({ ...v, [key]: value }))
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (values.newPassword !== confirm) {
      setError(t('recoverAccount.mismatch'))
      return
    }
    setBusy(true)
    setError(null)
    onRecover(values)
      .then(() => onDone(t('recoverAccount.done')))
      .catch((err: unknown) => setError(authErrorMessage(err, t)))
      .finally(() => setBusy(false))
  }

  return (
    <form onSubmit={onSubmit}>
      <Stack>
        <div>
          <Title order={3}>{t('recoverAccount.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('recoverAccount.intro')}
          </Text>
        </div>
        <TextInput
          label={t('recoverAccount.username')}
          value={values.username}
          onChange={set('username')}
          autoComplete="username"
          autoFocus
          required
        />
        <TextInput
          label={t('recoverAccount.recoveryKey')}
          placeholder={t('recoverAccount.recoveryKeyPlaceholder')}
          value={values.recoveryKey}
          onChange={set('recoveryKey')}
          ff="monospace"
          required
        />
        <PasswordFields
          password={{ value: values.newPassword, onChange: set('newPassword') }}
          confirm={{ value: confirm, onChange: (e) => setConfirm(e.currentTarget.value) }}
          passwordLabel={t('recoverAccount.newPassword')}
          confirmLabel={t('recoverAccount.confirm')}
          hint={null}
        />
        <ErrorAlert message={error} testId="recover-error" />
        <Button type="submit" loading={busy} leftSection={<IconKey size={16} />}>
          {t('recoverAccount.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onCancel}>
          {t('recoverAccount.back')}
        </Anchor>
      </Stack>
    </form>
  )
}
