/** The case list: my open cases (a mediator's home), all cases, or the overdue ones; filters and search. */
import { Button, Group, Pagination, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearchParams } from 'react-router'
import { isTooShortToSearch } from '../../../domain/cases/search-query'
import { todayIso } from '../../../domain/shared/dates'
import { DeadlineCounts } from '../../deadlines'
import { SealQueue } from '../../documents'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories, useSession } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { CaseFilters } from './CaseFilters'
import { CaseSearchBox } from './CaseSearchBox'
import { CaseTable } from './CaseTable'
import { PAGE_SIZES, VIEWS, readListParams, toQuery, writeListParams, type ListParams } from './list-params'
import { rememberSearch, searchOf } from './search-memory'

export function CaseListPage() {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const { user } = useSession()
  const mayRegister = useCan('case:create')
  const [searchParams, setSearchParams] = useSearchParams()
  const { state } = useLocation()
  const params = readListParams(searchParams, searchOf(state), mayRegister ? 'mine' : 'all')
  const today = todayIso()
  const query = toQuery(params, { userId: user.id, today })
  const result = useQuery(
    async () =>
      params.q ? { items: await cases.search(params.q), total: -1, exact: true } : cases.list(query),
    [params.q, JSON.stringify(query)],
  )
  const [draft, setDraft] = useState(params.q ?? '')
  const [tooShort, setTooShort] = useState(false)

  // The search text stays in memory; the history entry holds only an id for it (search-memory.ts).
  const update = (patch: Partial<ListParams>) =>
    setSearchParams(writeListParams({ ...params, page: 1, ...patch }), { replace: true, state })
  const search = (q: string) => {
    const text = q.trim()
    // One character (mostly a surname) is not indexed: say so, and leave the list as it is.
    setTooShort(isTooShortToSearch(text))
    if (isTooShortToSearch(text)) return
    setSearchParams(writeListParams({ ...params, page: 1 }), {
      state: text ? { search: rememberSearch(text) } : null,
    })
  }

  const page = result.data
  const searching = Boolean(params.q)
  // Beyond the counted total, one more page is always offered while pages come back full.
  const counted = page && !searching ? Math.max(1, Math.ceil(page.total / params.pageSize)) : 1
  const pages =
    page && !page.exact
      ? Math.max(counted, params.page + (page.items.length === params.pageSize ? 1 : 0))
      : counted
  const hidden = searching ? { display: 'none' } : undefined
  const filtered = Boolean(
    params.kind ||
    params.status ||
    params.disputeType ||
    params.riskLevel ||
    params.source ||
    params.from ||
    params.to,
  )

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="md">
          <Title order={2}>{t('cases.listTitle')}</Title>
          <DeadlineCounts />
        </Group>
        {mayRegister && (
          <Button component={Link} to="/cases/new" leftSection={<IconPlus size={18} />}>
            {t('cases.register')}
          </Button>
        )}
      </Group>

      <SealQueue />

      <CaseSearchBox
        value={draft}
        onChange={(v) => {
          setDraft(v)
          setTooShort(false)
        }}
        onSearch={search}
        error={tooShort ? t('cases.searchTooShort') : undefined}
      />

      <Group style={hidden} justify="space-between">
        <SegmentedControl
          data={VIEWS.map((v) => ({ value: v, label: t(`cases.views.${v}`) }))}
          value={params.view}
          onChange={(v) => update({ view: v as ListParams['view'] })}
        />
        {page && (
          <Text c="dimmed" size="sm" data-testid="case-total">
            {page.exact
              ? t('cases.total', { count: page.total })
              : t('cases.totalMore', { count: page.total })}
          </Text>
        )}
      </Group>
      <div style={hidden}>
        <CaseFilters params={params} update={update} />
      </div>
      {page && searching && (
        <Text c="dimmed" size="sm" data-testid="search-total">
          {t('cases.searchResults', { count: page.items.length })}
        </Text>
      )}

      {result.status === 'error' && <QueryErrorAlert error={result.error} />}

      {page && page.items.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {searching
            ? t('cases.searchNone')
            : filtered
              ? t('cases.emptyFiltered')
              : params.view === 'mine'
                ? t('cases.emptyMine')
                : params.view === 'all'
                  ? t('cases.empty')
                  : t('cases.emptyFiltered')}
        </Text>
      ) : (
        page && <CaseTable items={page.items} today={today} />
      )}

      <Group justify="space-between" style={hidden}>
        <Pagination
          getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
          getItemProps={(page) => ({ 'aria-label': t('common.pagination.page', { page }) })}
          total={pages}
          value={params.page}
          onChange={(p) => update({ page: p })}
        />
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
