/**
 * 纠纷类型: one of the 15 reported types, or a local sub-type from the administrator's catalogue
 * (shown under the type it reports as). Choosing a sub-type sets both: statistics count the type.
 */
import { Select } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CaseRegistrationInput } from '../../../domain/cases/case'
import { DISPUTE_TYPES, type DisputeType } from '../../../domain/cases/catalogues'
import { activeSubtypes } from '../../../domain/cases/dispute-catalogue'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

const SEPARATOR = '/'

export function DisputeTypeSelect({ form }: { form: UseFormReturnType<CaseRegistrationInput> }) {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const catalogue = useQuery(() => settings.getDisputeCatalogue(), []).data ?? []
  const data = DISPUTE_TYPES.map((d) => {
    const label = t(`disputeType.${d}`)
    const subtypes = activeSubtypes(catalogue, d)
    return subtypes.length
      ? {
          group: label,
          items: [
            { value: d, label },
            ...subtypes.map((s) => ({ value: `${d}${SEPARATOR}${s.id}`, label: `${label} · ${s.label}` })),
          ],
        }
      : { group: label, items: [{ value: d, label }] }
  })
  const { disputeType, disputeSubtype } = form.getValues()
  const value = disputeSubtype ? `${disputeType}${SEPARATOR}${disputeSubtype}` : (disputeType ?? null)
  const input = form.getInputProps('disputeType')
  return (
    <Select
      label={t('caseForm.disputeType')}
      data={data}
      allowDeselect={false}
      searchable
      withAsterisk
      error={input.error ?? form.errors.disputeSubtype}
      value={value}
      onChange={(v) => {
        if (!v) return
        const [type, subtype = ''] = v.split(SEPARATOR)
        form.setFieldValue('disputeType', type as DisputeType)
        form.setFieldValue('disputeSubtype', subtype)
      }}
    />
  )
}
