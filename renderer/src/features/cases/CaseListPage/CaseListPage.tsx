import { Anchor, Badge, Button, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { CaseSearchBox } from './CaseSearchBox'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { CASE_STATUSES, DISPUTE_TYPES } from '../../../domain/cases/catalogues'
import { formatDateTime } from '../../shared/format'
import { QueryErrorAlert } from '../../shared/QueryErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { PAGE_SIZES, SORTS, readListParams, toQuery, writeListParams, type ListParams } from './list-params'

const SORT_LABEL = {
  'created-desc': 'cases.sortCreatedDesc',
  'created-asc': 'cases.sortCreatedAsc',
  'updated-desc': 'cases.sortUpdatedDesc',
} as const

export function CaseListPage() {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readListParams(searchParams)
  const query = toQuery(params)
  const result = useQuery(
    async () => (params.q ? { items: await cases.search(params.q), total: -1 } : cases.list(query)),
    [params.q, JSON.stringify(query)],
  )
  const [draft, setDraft] = useState(params.q ?? '')

  const update = (patch: Partial<ListParams>) =>
    setSearchParams(writeListParams({ ...params, page: 1, ...patch }), { replace: true })

  const page = result.data
  const searching = Boolean(params.q)
  const pages = page && !searching ? Math.max(1, Math.ceil(page.total / params.pageSize)) : 1
  const filtered = Boolean(params.status || params.disputeType || searching)
  const search = (q: string) =>
    setSearchParams(writeListParams({ ...params, q: q.trim() || undefined, page: 1 }))

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('cases.listTitle')}</Title>
        <Button component={Link} to="/cases/new" leftSection={<IconPlus size={18} />}>
          {t('cases.register')}
        </Button>
      </Group>

      <CaseSearchBox value={draft} onChange={setDraft} onSearch={search} />

      <Group gap="sm" align="end" style={searching ? { display: 'none' } : undefined}>
        <Select
          label={t('cases.filterStatus')}
          placeholder={t('common.all')}
          clearable
          data={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={params.status ?? null}
          onChange={(v) => update({ status: (v ?? undefined) as ListParams['status'] })}
          w={160}
        />
        <Select
          label={t('cases.filterType')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={DISPUTE_TYPES.map((d) => ({ value: d, label: t(`disputeType.${d}`) }))}
          value={params.disputeType ?? null}
          onChange={(v) => update({ disputeType: (v ?? undefined) as ListParams['disputeType'] })}
          w={180}
        />
        <Select
          label={t('cases.sortBy')}
          data={SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
          value={params.sort}
          allowDeselect={false}
          onChange={(v) => v && update({ sort: v as ListParams['sort'] })}
          w={200}
        />
        {page && !searching && (
          <Text c="dimmed" size="sm" pb={8} data-testid="case-total">
            {t('cases.total', { count: page.total })}
          </Text>
        )}
      </Group>
      {page && searching && (
        <Text c="dimmed" size="sm" data-testid="search-total">
          {t('cases.searchResults', { count: page.items.length })}
        </Text>
      )}

      {result.status === 'error' && <QueryErrorAlert error={result.error} />}

      {page && page.items.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {searching ? t('cases.searchNone') : filtered ? t('cases.emptyFiltered') : t('cases.empty')}
        </Text>
      ) : (
        <Table highlightOnHover striped verticalSpacing="xs" aria-label={t('cases.listTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.columns.caseNo')}</Table.Th>
              <Table.Th>{t('cases.columns.parties')}</Table.Th>
              <Table.Th>{t('cases.columns.disputeType')}</Table.Th>
              <Table.Th>{t('cases.columns.status')}</Table.Th>
              <Table.Th>{t('cases.columns.source')}</Table.Th>
              <Table.Th>{t('cases.columns.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.items.map((c) => (
              <Table.Tr
                key={c.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/cases/${c.id}`)}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
                    {c.caseNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.partyNames.join('、')}</Table.Td>
                <Table.Td>{t(`disputeType.${c.disputeType}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`status.${c.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{t(`source.${c.source}`)}</Table.Td>
                <Table.Td>{formatDateTime(c.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Group justify="space-between" style={searching ? { display: 'none' } : undefined}>
        <Pagination total={pages} value={params.page} onChange={(p) => update({ page: p })} />
        <Select
          aria-label={t('cases.pageSize')}
          data={PAGE_SIZES.map((s) => String(s))}
          value={String(params.pageSize)}
          allowDeselect={false}
          onChange={(v) => v && update({ pageSize: Number(v) })}
          w={90}
        />
      </Group>
    </Stack>
  )
}
