/**
 * What the case asks of the mediator now, beyond the plain steps: a lapsed 委派 limit (continue with
 * the parties' consent, or end and return the file to the court), terms past their date (督促履行),
 * where its 司法确认 stands (a 驳回 reopens it), and how its agreement is being performed.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import { isMediating } from '../../../domain/cases/catalogues'
import { performanceOf } from '../../../domain/cases/record-facts'
import type { Deadline } from '../../../domain/deadlines'
import { courtLapse, overdueTerms } from '../../../domain/workflow/decisions'
import type { OpenForm } from './RecordFormModal'

interface Props {
  caseData: Case
  deadlines: Deadline[]
  mayUpdate: boolean
  onOpen: (form: OpenForm) => void
}

export function CaseDecisions({ caseData: c, deadlines, mayUpdate, onOpen }: Props) {
  const { t } = useTranslation()
  const lapse = courtLapse(c, deadlines)
  const overdue = overdueTerms(deadlines)
  const counts = {
    total: c.terms.length,
    full: c.terms.filter((x) => x.performed === 'full').length,
    partial: c.terms.filter((x) => x.performed === 'partial').length,
  }
  const items = [
    lapse && (
      <Alert
        key="lapse"
        color="red"
        title={t('workflow.lapse.title', { date: lapse.dueDate })}
        data-testid="court-lapse"
      >
        <Text size="sm">{t('workflow.lapse.body')}</Text>
        {mayUpdate && (
          <Group mt="sm" gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => onOpen({ kind: 'extension' })}
              data-testid="lapse-continue"
            >
              {t('workflow.lapse.continue')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              onClick={() => onOpen({ kind: 'termination', preset: { returnToCourt: true } })}
              data-testid="lapse-return"
            >
              {t('workflow.lapse.returnToCourt')}
            </Button>
          </Group>
        )}
      </Alert>
    ),
    overdue.length > 0 && c.status !== 'urging' && (
      <Alert
        key="unperformed"
        color="orange"
        title={t('workflow.unperformed.title')}
        data-testid="terms-overdue"
      >
        <Text size="sm">{t('workflow.unperformed.body')}</Text>
        {mayUpdate && (
          <Button size="xs" variant="light" mt="sm" onClick={() => onOpen({ kind: 'urge' })}>
            {t('records.kinds.urge')}
          </Button>
        )}
      </Alert>
    ),
    c.confirmation !== 'none' && (
      <Alert
        key="confirmation"
        color={c.confirmation === 'rejected' ? 'orange' : c.confirmation === 'confirmed' ? 'green' : 'blue'}
        variant="light"
        data-testid="confirmation-state"
      >
        {t(`workflow.confirmation.${c.confirmation}`)}
      </Alert>
    ),
    // A draft agreement's terms are not yet being performed: the summary starts with the agreement.
    counts.total > 0 && !isMediating(c.status) && (
      <Text key="performance" size="sm" data-testid="performance-summary">
        {t('workflow.performance.title')}：{t('workflow.performance.summary', counts)}
        {c.closure && ` · ${t(`workflow.closure.${c.closure}`)}`}
        {!c.closure && performanceOf(c.terms) === 'full' && ` · ${t('records.performance.termStates.full')}`}
      </Text>
    ),
  ].filter(Boolean)
  return items.length ? <Stack gap="xs">{items}</Stack> : null
}
