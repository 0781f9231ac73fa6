import { Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { ORGANISATION_KINDS } from '../../../domain/auth/account'
import { formatCaseNumber } from '../../../domain/numbering/case-number'
import type { SetupValues } from './setup-values'

export function OrganisationStep({ form }: { form: UseFormReturnType<SetupValues> }) {
  const { t } = useTranslation()
  const { pattern, orgShortName } = form.getValues().organisation.numbering
  return (
    <SimpleGrid cols={1} spacing="sm">
      <TextInput label={t('setup.orgName')} withAsterisk {...form.getInputProps('organisation.name')} />
      <Group grow align="start">
        <Select
          label={t('setup.orgKind')}
          data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('organisation.kind')}
        />
        <TextInput
          label={t('setup.region')}
          placeholder={t('setup.regionHint')}
          withAsterisk
          {...form.getInputProps('organisation.region')}
        />
      </Group>
      <Group grow align="start">
        <TextInput label={t('settings.pattern')} {...form.getInputProps('organisation.numbering.pattern')} />
        <TextInput
          label={t('settings.orgShortName')}
          {...form.getInputProps('organisation.numbering.orgShortName')}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('settings.numberingHint')}
      </Text>
      <Text size="sm">
        {t('settings.preview', {
          example: formatCaseNumber(pattern, { year: new Date().getFullYear(), seq: 1, org: orgShortName }),
        })}
      </Text>
    </SimpleGrid>
  )
}
