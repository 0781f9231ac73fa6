import { Checkbox, Group } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '../../../domain/auth/roles'

interface Props {
  value: Role[]
  onChange: (roles: Role[]) => void
  error?: ReactNode
}

/** One checkbox per role: a person may hold several. */
export function RoleCheckboxes({ value, onChange, error }: Props) {
  const { t } = useTranslation()
  return (
    <Checkbox.Group
      label={t('users.roles')}
      description={t('users.rolesHint')}
      withAsterisk
      value={value}
      onChange={(v) => onChange(v as Role[])}
      error={error}
    >
      <Group gap="md" mt={6}>
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  )
}
