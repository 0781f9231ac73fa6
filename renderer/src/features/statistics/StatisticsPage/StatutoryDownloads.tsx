/**
 * Downloads the statutory tables of the period — 人民调解工作统计表, 行政调解工作统计表 (and the
 * court-linked one where it is separate), with 组织队伍 where it is kept — as XLSX or PDF, through
 * the platform's save dialog (a download in the browser build). Each download is audited.
 */
import { Button, Group } from '@mantine/core'
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { browserFontSource } from '../../../output/documents'
import { statutoryPdf, statutoryWorkbook, statutoryXlsx } from '../../../output/tables'
import { periodKey, type Period } from '../../../domain/statistics'
import { useRepositories, useServices } from '../../shared/services'

// One font source for the page's lifetime: the TTFs are fetched once, on the first PDF.
const fonts = browserFontSource()

type Format = 'xlsx' | 'pdf'

export function StatutoryDownloads({ period, today }: { period: Period; today: string }) {
  const { t } = useTranslation()
  const { platform } = useServices()
  const { statistics, settings } = useRepositories()
  const [busy, setBusy] = useState<Format | null>(null)

  const download = async (format: Format) => {
    setBusy(format)
    try {
      const [tables, roster, organisation, reports] = await Promise.all([
        statistics.statutory(period),
        statistics.roster(),
        settings.getOrganisation(),
        statistics.periodReports(period),
      ])
      const book = statutoryWorkbook(
        tables,
        { organisation: organisation?.name ?? '', period, preparedOn: today, zeroReport: reports.length > 0 },
        roster,
      )
      const data = format === 'xlsx' ? await statutoryXlsx(book) : await statutoryPdf(book, fonts)
      const name = t('statistics.download.fileName')
      const saved = await platform.saveFile({
        suggestedName: `${name}-${periodKey(period)}.${format}`,
        data,
        filters: [{ name, extensions: [format] }],
      })
      if (saved.status === 'saved') {
        await statistics.recordExport(period, format)
        notifications.show({ color: 'green', message: t('statistics.download.saved', { path: saved.path }) })
      }
    } catch {
      notifications.show({ color: 'red', message: t('statistics.download.failed') })
    } finally {
      setBusy(null)
    }
  }

  return (
    <Group gap="xs">
      <Button
        variant="light"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        loading={busy === 'xlsx'}
        disabled={busy !== null}
        onClick={() => void download('xlsx')}
      >
        {t('statistics.download.xlsx')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() => void download('pdf')}
      >
        {t('statistics.download.pdf')}
      </Button>
    </Group>
  )
}
