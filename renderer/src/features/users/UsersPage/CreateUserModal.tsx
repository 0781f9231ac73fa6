/** 新建用户: username, name, roles and an initial password typed twice. */
import { Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthError } from '../../../data'
import { PASSWORD_MIN_LENGTH } from '../../../domain/auth/account'
import { ValidationError } from '../../../domain/shared/errors'
import { authErrorMessage } from '../../shared/auth-messages'
import { errorsFromValidation } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { RoleCheckboxes } from './RoleCheckboxes'
import { initialCreateValues, validateCreate, type CreateUserValues } from './user-forms'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { PasswordFields } from '../../../components/PasswordFields'
import { ModalFooter } from '../../../components/ModalFooter'

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useForm<CreateUserValues>({
    mode: 'controlled',
    initialValues: initialCreateValues,
    validate: (values) => validateCreate(values, t),
  })

  const close = () => {
    form.reset()
    setFailure(null)
    onClose()
  }

  const submit = form.onSubmit(
    async ({ username, displayName, roles, password }) => {
      setFailure(null)
      setSaving(true)
      try {
        const created = await users.create({ username, displayName, roles, password })
        notifications.show({ color: 'green', message: t('users.created', { username: created.username }) })
        close()
      } catch (error) {
        if (error instanceof AuthError && error.code === 'username-taken') {
          form.setFieldError('username', authErrorMessage(error, t))
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
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.username')}
            description={t('users.usernameHint')}
            withAsterisk
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('username')}
          />
          <TextInput label={t('users.displayName')} withAsterisk {...form.getInputProps('displayName')} />
          <RoleCheckboxes
            value={form.getValues().roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <PasswordFields
            password={form.getInputProps('password')}
            confirm={form.getInputProps('confirm')}
            passwordLabel={t('users.password')}
            confirmLabel={t('users.passwordConfirm')}
            hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          />
          <ErrorAlert message={failure} />
          <ModalFooter onCancel={close} submitLabel={t('users.submitCreate')} loading={saving} />
        </Stack>
      </form>
    </Modal>
  )
}
