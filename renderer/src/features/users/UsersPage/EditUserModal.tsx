/** 编辑: a user's name and roles (the username stays, it is how they sign in). */
import { Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserSummary } from '../../../data'
import { ValidationError } from '../../../domain/shared/errors'
import { authErrorMessage } from '../../shared/auth-messages'
import { errorsFromValidation } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { RoleCheckboxes } from './RoleCheckboxes'
import { validateEdit, type EditUserValues } from './user-forms'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { ModalFooter } from '../../../components/ModalFooter'

/** Mounted per user being edited (keyed by id), so its initial values are that user's. */
export function EditUserModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useForm<EditUserValues>({
    mode: 'controlled',
    initialValues: { displayName: user.displayName, roles: [...user.roles] },
    validate: (values) => validateEdit(values, t),
  })

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null)
      setSaving(true)
      try {
        await users.update(user.id, values)
        notifications.show({ color: 'green', message: t('users.updated', { username: user.username }) })
        onClose()
      } catch (error) {
        if (error instanceof ValidationError) form.setErrors(errorsFromValidation(error, t))
        else setFailure(authErrorMessage(error, t))
      } finally {
        setSaving(false)
      }
    },
    () => setFailure(t('users.fixErrors')),
  )

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { username: user.username })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.displayName')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <RoleCheckboxes
            value={form.getValues().roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <ErrorAlert message={failure} />
          <ModalFooter onCancel={onClose} submitLabel={t('common.save')} loading={saving} />
        </Stack>
      </form>
    </Modal>
  )
}
