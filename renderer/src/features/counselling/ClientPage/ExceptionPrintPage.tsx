/**
 * The printable record of a confidentiality exception: ground, what was disclosed, to whom, when,
 * by whom, with the record's number and signature fingerprint, and a line for the counsellor's
 * hand signature. Printed with the browser's (Electron's) print, which shows only this sheet.
 */
import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { formatDateTime } from '../../shared/format'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

/** Only the sheet is printed: the app's frame, navigation and buttons are hidden on paper. */
const PRINT_CSS = `
@media print {
  @page { margin: 20mm; }
  body * { visibility: hidden !important; }
  .counselling-print, .counselling-print * { visibility: visible !important; }
  .counselling-print { position: absolute; left: 0; top: 0; width: 100%; }
  .counselling-print .no-print { display: none !important; }
}`

export function ExceptionPrintPage() {
  const { t } = useTranslation()
  const { clientId = '', recordId = '' } = useParams()
  const { counselling } = useRepositories()
  const result = useQuery(() => counselling.getClient(clientId), [clientId])

  if (result.status === 'loading') return <Loader aria-label={t('common.loading')} />
  if (result.status === 'error') return <QueryErrorAlert error={result.error} />
  const { client, records } = result.data
  const record = records.find((r) => r.id === recordId)
  if (record?.kind !== 'exception') return <Alert color="yellow">{t('counselling.notFound')}</Alert>
  const d = record.data
  const L = (field: string) => t(`counselling.exception.${field}`)
  const rows: [string, string][] = [
    [L('printClient'), client.name],
    [L('ground'), t(`counselling.exception.grounds.${d.ground}`)],
    [L('disclosed'), d.disclosed],
    [L('recipient'), d.recipient],
    [L('disclosedAt'), d.disclosedAt.replace('T', ' ')],
    [L('disclosedBy'), d.disclosedBy],
    [L('clientInformed'), d.clientInformed ? '✓' : '—'],
    [L('basis'), d.basis || '—'],
    [L('printRecordNo'), record.id],
    [L('printRecordedAt'), formatDateTime(record.createdAt)],
    [L('printSigned'), record.signature],
  ]

  return (
    <Stack gap="md" className="counselling-print" data-testid="exception-print">
      <style>{PRINT_CSS}</style>
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/counselling/${clientId}`} size="sm">
          ← {t('common.back')}
        </Anchor>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('counselling.print')}
        </Button>
      </Group>
      <Title order={2} ta="center">
        {L('printTitle')}
      </Title>
      <Text ta="center" size="sm" c="dimmed">
        {t('counselling.confidential')}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="25%">{label}</Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="xl">
        <Text>{L('printCounsellor')} ____________________</Text>
        <Text>{L('printDate')} ____________________</Text>
      </Group>
    </Stack>
  )
}
