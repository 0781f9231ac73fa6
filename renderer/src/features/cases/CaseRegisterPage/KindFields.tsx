/** The kind of mediation, and what each kind needs at intake: a sector, or the court's letter. */
import { Select, SimpleGrid, TextInput, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CaseRegistrationInput } from '../../../domain/cases/case'
import { ADMIN_SECTORS, MEDIATION_KINDS, type MediationKind } from '../../../domain/cases/catalogues'
import { todayIso } from '../../../domain/shared/dates'

export function KindFields({ form }: { form: UseFormReturnType<CaseRegistrationInput> }) {
  const { t } = useTranslation()
  const { kind } = form.getValues()
  const setKind = (k: MediationKind) => {
    form.setFieldValue('kind', k)
    form.setFieldValue('sector', k === 'administrative' ? 'consumer' : null)
    form.setFieldValue(
      'courtReferral',
      k.startsWith('court-') ? { court: '', letterNo: '', referredAt: todayIso(), deadline: '' } : null,
    )
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('caseForm.kind')}
          data={MEDIATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          value={kind}
          onChange={(v) => v && setKind(v as MediationKind)}
        />
        {kind === 'administrative' && (
          <Select
            label={t('caseKindForm.sector')}
            data={ADMIN_SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('sector')}
          />
        )}
      </SimpleGrid>
      {kind.startsWith('court-') && (
        <>
          <Title order={5} mt="sm">
            {t('caseKindForm.courtSection')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <TextInput
              label={t('caseKindForm.court')}
              withAsterisk
              {...form.getInputProps('courtReferral.court')}
            />
            <TextInput
              label={t('caseKindForm.letterNo')}
              withAsterisk
              {...form.getInputProps('courtReferral.letterNo')}
            />
            <TextInput
              label={t('caseKindForm.referredAt')}
              type="date"
              withAsterisk
              {...form.getInputProps('courtReferral.referredAt')}
            />
            <TextInput
              label={t('caseKindForm.deadline')}
              type="date"
              withAsterisk
              {...form.getInputProps('courtReferral.deadline')}
            />
          </SimpleGrid>
        </>
      )}
    </>
  )
}
