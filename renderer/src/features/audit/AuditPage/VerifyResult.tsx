import { Alert, List, Text } from '@mantine/core'
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { splitRowName, type AuditVerification } from '../../../domain/audit/actions'

/** The outcome of walking the chain: all good with its head, or the first broken entry and why. */
export function VerifyResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation()
  if (result.ok) {
    return (
      <Alert
        color="green"
        icon={<IconShieldCheck size={18} />}
        data-testid="audit-verify-result"
        role="status"
      >
        {t('audit.verifyOk', { count: result.count, head: result.head.slice(0, 16) })}
      </Alert>
    )
  }
  const rowLabel = (row: string) => {
    const { table, key } = splitRowName(row)
    return `${t(`audit.rowTable.${table}`)} ${key}`
  }
  const headline =
    result.reason === 'pending-missing'
      ? t('audit.verifyPendingMissing', { missing: result.missing?.length ?? 0, count: result.count })
      : result.reason === 'rolled-back'
        ? t('audit.verifyRolledBack', { n: result.brokenAt })
        : t('audit.verifyBroken', {
            n: result.brokenAt,
            reason: t(`audit.reason.${result.reason}`),
            count: result.count,
          })
  return (
    <Alert color="red" icon={<IconShieldX size={18} />} data-testid="audit-verify-result" role="alert">
      <Text fw={600} size="sm">
        {headline}
      </Text>
      {result.rows && result.rows.length > 0 && (
        <List size="sm" data-testid="audit-rolled-back">
          {result.rows.map((row) => (
            <List.Item key={row}>{rowLabel(row)}</List.Item>
          ))}
          {(result.total ?? 0) > result.rows.length && (
            <List.Item>{t('audit.verifyRolledBackMore', { total: result.total })}</List.Item>
          )}
        </List>
      )}
      <Text size="sm">{t('audit.verifyBrokenHint')}</Text>
    </Alert>
  )
}
