/** The case list's filters: kind, status, dispute type, risk, source and registration dates. */
import { Group, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  CASE_SOURCES,
  CASE_STATUSES,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
  RISK_LEVELS,
} from '../../../domain/cases/catalogues'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { SORTS, type ListParams } from './list-params'
import { DateField } from '../../../components/DateField'

const SORT_LABEL = {
  'created-desc': 'cases.sortCreatedDesc',
  'created-asc': 'cases.sortCreatedAsc',
  'updated-desc': 'cases.sortUpdatedDesc',
} as const

interface Props {
  params: ListParams
  update: (patch: Partial<ListParams>) => void
}

export function CaseFilters({ params, update }: Props) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const mediators = useQuery(
    async () =>
      (await users.directory()).filter((u) => u.roles.includes('mediator') || u.roles.includes('judicial')),
    [],
  )
  const select = <K extends keyof ListParams>(
    key: K,
    label: string,
    values: readonly string[],
    ns: string,
    w = 150,
  ) => (
    <Select
      label={label}
      placeholder={t('common.all')}
      clearable
      data={values.map((v) => ({ value: v, label: t(`${ns}.${v}`) }))}
      value={(params[key] as string | undefined) ?? null}
      onChange={(v) => update({ [key]: v ?? undefined } as Partial<ListParams>)}
      w={w}
    />
  )
  return (
    <Group gap="sm" align="end">
      {select('kind', t('caseForm.kind'), MEDIATION_KINDS, 'kind')}
      {select('status', t('cases.filterStatus'), CASE_STATUSES, 'status', 130)}
      {select('disputeType', t('cases.filterType'), DISPUTE_TYPES, 'disputeType')}
      {select('riskLevel', t('cases.filterRisk'), RISK_LEVELS, 'risk', 110)}
      {select('source', t('caseForm.source'), CASE_SOURCES, 'source')}
      {params.view !== 'mine' && (
        <Select
          label={t('workflow.mediator')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={(mediators.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          value={params.mediatorId ?? null}
          onChange={(v) => update({ mediatorId: v ?? undefined })}
          w={140}
        />
      )}
      <DateField
        label={t('cases.from')}
        value={params.from ?? ''}
        onChange={(v) => update({ from: v || undefined })}
        w={150}
      />
      <DateField
        label={t('cases.to')}
        value={params.to ?? ''}
        onChange={(v) => update({ to: v || undefined })}
        w={150}
      />
      <Select
        label={t('cases.sortBy')}
        data={SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
        value={params.sort}
        allowDeselect={false}
        onChange={(v) => v && update({ sort: v as ListParams['sort'] })}
        w={190}
      />
    </Group>
  )
}
