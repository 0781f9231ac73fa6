/** 新建用户: username, name, roles and an initial password typed twice. */
import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthError } from '../../../data'
import { PASSWORD_MIN_LENGTH } from '../../../domain/auth/account'
import { ValidationError } from '../../../domain/shared/errors'
import { authErrorMessage } from '../../auth/auth-messages'
import { errorsFromValidation } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { RoleCheckboxes } from './RoleCheckboxes'
import { initialCreateValues, validateCreate, type CreateUserValues } from './user-forms'

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
          <PasswordInput
            label={t('users.password')}
            description={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('users.passwordConfirm')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('users.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
