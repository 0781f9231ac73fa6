/**
 * 重置密码 for someone who forgot theirs. It asks for the recovery key: the new password must
 * re-wrap the keys the user already had, which only the recovery key can open without them.
 */
import { Alert, Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconKey } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthError, type UserSummary } from '../../../data'
import { PASSWORD_MIN_LENGTH } from '../../../domain/auth/account'
import { ValidationError } from '../../../domain/shared/errors'
import { authErrorMessage } from '../../shared/auth-messages'
import { errorsFromValidation } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { initialResetValues, validateReset, type ResetPasswordValues } from './user-forms'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { PasswordFields } from '../../../components/PasswordFields'
import { ModalFooter } from '../../../components/ModalFooter'

export function ResetPasswordModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useForm<ResetPasswordValues>({
    mode: 'controlled',
    initialValues: initialResetValues,
    validate: (values) => validateReset(values, t),
  })

  const submit = form.onSubmit(
    async ({ recoveryKey, password }) => {
      setFailure(null)
      setSaving(true)
      try {
        await users.resetPassword(user.id, recoveryKey, password)
        notifications.show({ color: 'green', message: t('users.resetDone', { username: user.username }) })
        onClose()
      } catch (error) {
        if (error instanceof AuthError && error.code === 'recovery-key-wrong') {
          form.setFieldError('recoveryKey', authErrorMessage(error, t))
        } else if (error instanceof ValidationError) {
          form.setErrors(errorsFromValidation(error, t))
        } else {
          setFailure(authErrorMessage(error, t))
        }
      } finally {
        setSaving(false)
      }
    },
    () => setFailure(t('users.fixErrors')),
  )

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { username: user.username })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color="blue" icon={<IconKey size={18} />} data-testid="reset-explain">
            {t('users.resetExplain')}
          </Alert>
          <TextInput
            label={t('users.recoveryKey')}
            description={t('users.recoveryKeyHint')}
            withAsterisk
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            {...form.getInputProps('recoveryKey')}
          />
          <PasswordFields
            password={form.getInputProps('password')}
            confirm={form.getInputProps('confirm')}
            passwordLabel={t('users.newPassword')}
            confirmLabel={t('users.newPasswordConfirm')}
            hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          />
          <ErrorAlert message={failure} />
          <ModalFooter onCancel={onClose} submitLabel={t('users.submitReset')} loading={saving} />
        </Stack>
      </form>
    </Modal>
  )
}
