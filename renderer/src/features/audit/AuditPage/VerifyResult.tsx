import { Alert, Text } from '@mantine/core'
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AuditVerification } from '../../../domain/audit/actions'

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
  return (
    <Alert color="red" icon={<IconShieldX size={18} />} data-testid="audit-verify-result" role="alert">
      <Text fw={600} size="sm">
        {t('audit.verifyBroken', {
          n: result.brokenAt,
          reason: t(`audit.reason.${result.reason}`),
          count: result.count,
        })}
      </Text>
      <Text size="sm">{t('audit.verifyBrokenHint')}</Text>
    </Alert>
  )
}
