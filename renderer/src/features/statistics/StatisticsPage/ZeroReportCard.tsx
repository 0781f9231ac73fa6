/**
 * 零上报: saying that a period had no new disputes is itself a report. Offered only when the period
 * received nothing (the repository checks again, declined disputes included); a filed report is
 * shown with who filed it, and flagged if disputes were registered in the period afterwards.
 */
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parsePeriodKey, periodKey, periodRange, type Period } from '../../../domain/statistics'
import { ValidationError } from '../../../domain/shared/errors'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { periodLabel } from '../../../components/stat-labels'
import { ErrorAlert } from '../../../components/ErrorAlert'

interface Props {
  period: Period
  /** 受理数 of the period as computed on the page. */
  received: number
  today: string
}

const HISTORY = 6

export function ZeroReportCard({ period, received, today }: Props) {
  const { t } = useTranslation()
  const { statistics } = useRepositories()
  const canFile = useCan('case:update')
  const [confirming, setConfirming] = useState(false)
  const [note, setNote] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const reports = useQuery(() => statistics.periodReports(), [])
  const label = periodLabel(period, t)
  const labelOfKey = (key: string) => {
    const p = parsePeriodKey(key)
    return p ? periodLabel(p, t) : key
  }
  const filed = reports.data?.find((r) => r.period === periodKey(period))
  const started = periodRange(period).from <= today

  const file = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await statistics.fileZeroReport(period, { note })
      notifications.show({ color: 'green', message: t('statistics.zero.filed', { period: label }) })
      setConfirming(false)
      setNote('')
    } catch (error) {
      setFailure(
        error instanceof ValidationError
          ? t(error.issues[0]?.message ?? 'errors.unknown')
          : t('errors.unknown'),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stat-zero-title">
      <Stack gap="xs">
        <Title order={3} id="stat-zero-title">
          {t('statistics.zero.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('statistics.zero.intro')}
        </Text>
        {reports.status === 'error' && <QueryErrorAlert error={reports.error} />}
        {filed ? (
          <>
            <Text size="sm" data-testid="stat-zero-filed">
              {t('statistics.zero.filedOn', {
                period: label,
                date: dayjs(filed.createdAt).format('YYYY-MM-DD'),
                name: filed.byName,
              })}
            </Text>
            {filed.newDisputesNow > 0 && (
              <Alert color="orange" role="alert">
                {t('statistics.zero.stale', { count: filed.newDisputesNow })}
              </Alert>
            )}
          </>
        ) : received > 0 ? (
          <Text size="sm">{t('statistics.zero.hasCases', { period: label, count: received })}</Text>
        ) : (
          canFile &&
          started &&
          reports.data && (
            <Group>
              <Button onClick={() => setConfirming(true)}>{t('statistics.zero.file')}</Button>
            </Group>
          )
        )}
        {reports.data && reports.data.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('statistics.zero.history')}
            </Text>
            <List size="sm" spacing={2}>
              {reports.data.slice(0, HISTORY).map((r) => (
                <List.Item key={r.id}>
                  {t('statistics.zero.filedOn', {
                    period: labelOfKey(r.period),
                    date: dayjs(r.createdAt).format('YYYY-MM-DD'),
                    name: r.byName,
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('statistics.zero.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('statistics.zero.confirm', { period: label })}</Text>
          <ErrorAlert message={failure} />
          <TextInput
            label={t('statistics.zero.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void file()} loading={busy}>
              {t('statistics.zero.file')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}
