/** 审计日志: who did what and when, filtered and paged; chain verification and CSV export. */
import { Button, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileExport, IconShieldSearch } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditQuery } from '../../../data'
import { printedHash } from '../../../domain/audit/printed-head'
import {
  AUDIT_ACTIONS,
  auditCsv,
  type AuditAction,
  type AuditVerification,
} from '../../../domain/audit/actions'
import { authErrorMessage } from '../../shared/auth-messages'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { actionLabel, CSV_COLUMNS, dayBoundary, detailsText, formatTime, targetLabel } from './audit-format'
import { VerifyResult } from './VerifyResult'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { DateField } from '../../../components/DateField'

const PAGE_SIZES = [20, 50, 100]
const NOWRAP = { whiteSpace: 'nowrap' } as const

export function AuditPage() {
  const { t } = useTranslation()
  const { repositories, platform } = useServices()
  const { audit, users } = useRepositories()
  const [action, setAction] = useState<AuditAction | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(20)
  const [verification, setVerification] = useState<AuditVerification | null>(null)
  const [busy, setBusy] = useState<'verify' | 'export' | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const query: AuditQuery = {
    action: action ?? undefined,
    from: dayBoundary(from, 'start'),
    to: dayBoundary(to, 'end'),
    page: page - 1,
    pageSize,
  }
  // Audit writes do not wake screens (see data/changes.ts), so this page re-reads after its own actions.
  const [revision, setRevision] = useState(0)
  const result = useQuery(() => audit.list(query), [JSON.stringify(query), revision])
  // Usernames for user targets; an entry still shows its id if the list cannot be read.
  const people = useQuery(() => users.list(), [repositories])
  const usernames = useMemo(
    () => new Map((people.data ?? []).map((u) => [u.id, u.username] as const)),
    [people.data],
  )

  const data = result.data
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1
  const filter = (change: () => void) => {
    change()
    setPage(1)
  }

  const verify = async () => {
    setFailure(null)
    setBusy('verify')
    try {
      setVerification(await audit.verify())
      setRevision((r) => r + 1)
    } catch (error) {
      setFailure(authErrorMessage(error, t))
    } finally {
      setBusy(null)
    }
  }

  const exportCsv = async () => {
    setFailure(null)
    setBusy('export')
    try {
      const entries = await audit.exportAll()
      setRevision((r) => r + 1)
      const csv = auditCsv(
        entries,
        CSV_COLUMNS.map((c) => t(`audit.csv.${c}`)),
      )
      const saved = await platform.saveFile({
        suggestedName: `audit-${dayjs().format('YYYY-MM-DD')}.csv`,
        data: new TextEncoder().encode(csv),
      })
      if (saved.status === 'saved') {
        notifications.show({
          color: 'green',
          message: t('audit.exported', { count: entries.length, path: saved.path }),
        })
      }
    } catch (error) {
      setFailure(authErrorMessage(error, t))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="start">
        <div>
          <Title order={2}>{t('audit.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('audit.intro')}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconShieldSearch size={18} />}
            loading={busy === 'verify'}
            disabled={busy !== null && busy !== 'verify'}
            onClick={() => void verify()}
          >
            {t('audit.verify')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileExport size={18} />}
            loading={busy === 'export'}
            disabled={busy !== null && busy !== 'export'}
            onClick={() => void exportCsv()}
          >
            {t('audit.export')}
          </Button>
        </Group>
      </Group>

      {verification && <VerifyResult result={verification} />}
      <ErrorAlert message={failure} onDismiss={() => setFailure(null)} />

      <Group gap="sm" align="end">
        <Select
          label={t('audit.filterAction')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a, t) }))}
          value={action}
          onChange={(v) => filter(() => setAction(v as AuditAction | null))}
          w={200}
        />
        <DateField
          label={t('audit.from')}
          value={from}
          maxDate={to || undefined}
          onChange={(v) => {
            filter(() => setFrom(v))
          }}
          w={170}
        />
        <DateField
          label={t('audit.to')}
          value={to}
          minDate={from || undefined}
          onChange={(v) => {
            filter(() => setTo(v))
          }}
          w={170}
        />
        {data && (
          <Text c="dimmed" size="sm" pb={8} data-testid="audit-total">
            {t('audit.total', { count: data.total })}
          </Text>
        )}
      </Group>

      <ErrorAlert message={result.status === 'error' && authErrorMessage(result.error, t)} />

      {data && data.items.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('audit.empty')}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs" aria-label={t('audit.title')} data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              {/* Everything but the details stays on one line; the details take the rest. */}
              <Table.Th style={NOWRAP}>{t('audit.columns.seq')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('audit.columns.at')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('audit.columns.actor')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('audit.columns.action')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('audit.columns.target')}</Table.Th>
              <Table.Th>{t('audit.columns.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((e) => (
              <Table.Tr key={`${e.seq}:${e.hash}`} data-testid={`audit-row-${e.seq}`}>
                <Table.Td style={NOWRAP}>
                  {e.seq}
                  {/* What an effective agreement prints of the head it was made at: to hold the log to paper. */}
                  <Text size="xs" c="dimmed" ff="monospace" data-testid="audit-hash">
                    {printedHash(e)}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatTime(e.at)}</Table.Td>
                <Table.Td style={NOWRAP}>{e.actorName}</Table.Td>
                <Table.Td style={NOWRAP}>{actionLabel(e.action, t)}</Table.Td>
                <Table.Td style={NOWRAP}>{targetLabel(e, t, usernames)}</Table.Td>
                <Table.Td>{detailsText(e.details, t)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Group justify="space-between">
        <Pagination
          getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
          getItemProps={(page) => ({ 'aria-label': t('common.pagination.page', { page }) })}
          total={pages}
          value={page}
          onChange={setPage}
        />
        <Select
          aria-label={t('audit.pageSize')}
          data={PAGE_SIZES.map((s) => String(s))}
          value={String(pageSize)}
          allowDeselect={false}
          onChange={(v) => v && filter(() => setPageSize(Number(v)))}
          w={90}
        />
      </Group>
    </Stack>
  )
}
