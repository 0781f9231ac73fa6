import { SimpleGrid, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'

import type { SetupValues } from './setup-values'
import { PasswordFields } from '../../../components/PasswordFields'

export function AdminStep({ form }: { form: UseFormReturnType<SetupValues> }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={t('auth.username')}
        description={t('auth.usernameHint')}
        // The hint below the box, so the 用户名 and 姓名 boxes stay on one line.
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('admin.username')}
      />
      <TextInput label={t('users.displayName')} withAsterisk {...form.getInputProps('admin.displayName')} />
      <PasswordFields
        password={form.getInputProps('admin.password')}
        confirm={form.getInputProps('admin.confirm')}
      />
      <Text size="sm" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        {t('setup.adminHint')}
      </Text>
    </SimpleGrid>
  )
}
