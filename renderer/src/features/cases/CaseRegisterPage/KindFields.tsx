/**
 * The kind of mediation, and what each kind needs at intake: a sector, or the court's letter — its
 * deadline (which wins over the rule's default; none when the letter sets none) and, for 委托, the
 * court's procedure (普通 15 days, 简易 7 days).
 */
import { Select, SimpleGrid, TextInput, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CaseRegistrationInput } from '../../../domain/cases/case'
import {
  ADMIN_SECTORS,
  COURT_PROCEDURES,
  MEDIATION_KINDS,
  type MediationKind,
} from '../../../domain/cases/catalogues'
import { todayIso } from '../../../domain/shared/dates'
import { DateField } from '../../../components/DateField'

export function KindFields({ form }: { form: UseFormReturnType<CaseRegistrationInput> }) {
  const { t } = useTranslation()
  const { kind } = form.getValues()
  const setKind = (k: MediationKind) => {
    form.setFieldValue('kind', k)
    form.setFieldValue('sector', k === 'administrative' ? 'consumer' : null)
    form.setFieldValue(
      'courtReferral',
      k.startsWith('court-')
        ? {
            court: '',
            letterNo: '',
            referredAt: todayIso(),
            deadline: '',
            procedure: k === 'court-entrusted' ? 'ordinary' : null,
          }
        : null,
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
          <SimpleGrid cols={{ base: 1, sm: kind === 'court-entrusted' ? 5 : 4 }} spacing="sm">
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
            <DateField
              label={t('caseKindForm.referredAt')}
              withAsterisk
              {...form.getInputProps('courtReferral.referredAt')}
            />
            <DateField
              label={t('caseKindForm.deadline')}
              description={t('records.court-referral.noDeadline')}
              {...form.getInputProps('courtReferral.deadline')}
            />
            {kind === 'court-entrusted' && (
              <Select
                label={t('records.court-referral.procedure')}
                data={COURT_PROCEDURES.map((p) => ({
                  value: p,
                  label: t(`records.court-referral.procedures.${p}`),
                }))}
                allowDeselect={false}
                withAsterisk
                {...form.getInputProps('courtReferral.procedure')}
              />
            )}
          </SimpleGrid>
        </>
      )}
    </>
  )
}
