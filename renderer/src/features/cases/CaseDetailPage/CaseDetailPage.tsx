/**
 * One case: where it stands, the steps its workflow allows now, the records kept so far, its
 * running deadlines, and its registration. Everything re-reads when stored data changes.
 */
import { Alert, Anchor, Badge, Card, Group, Loader, Stack, Tabs, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { computeDeadlines, deadlineInputOf, lateFlags } from '../../../domain/deadlines'
import { todayIso } from '../../../domain/shared/dates'
import { ReferralCard } from '../../counselling'
import { AgreementCard, CaseDocumentsCard } from '../../documents'
import { RecordTimeline } from '../../records'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { AddRecordMenu } from './AddRecordMenu'
import { AttachmentsCard } from './AttachmentsCard'
import { CaseDecisions } from './CaseDecisions'
import { CaseOverview } from './CaseOverview'
import { DeadlinesCard } from './DeadlinesCard'
import { RecordFormModal, type OpenForm } from './RecordFormModal'
import { WorkflowActions } from './WorkflowActions'

const RISK_COLOR = { red: 'red', orange: 'orange', yellow: 'yellow', green: 'green' } as const

export function CaseDetailPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const { cases, settings, users } = useRepositories()
  const mayUpdate = useCan('case:update')
  const [form, setForm] = useState<OpenForm | null>(null)
  const result = useQuery(async () => {
    const c = await cases.get(id)
    if (!c) return null
    const [records, transitions, rules, calendar, directory, catalogue] = await Promise.all([
      cases.records(id),
      cases.transitions(id),
      settings.getDeadlineRules(),
      settings.getHolidayCalendar(),
      users.directory(),
      settings.getDisputeCatalogue(),
    ])
    return { c, records, transitions, rules, calendar, directory, catalogue }
  }, [id])

  if (result.status === 'loading') return <Loader aria-label={t('common.loading')} />
  if (result.status === 'error') return <QueryErrorAlert error={result.error} />
  if (!result.data) return <Alert color="yellow">{t('cases.notFound')}</Alert>
  const { c, records, transitions, rules, calendar, directory, catalogue } = result.data
  const subtype = catalogue.find((s) => s.id === c.disputeSubtype)?.label ?? ''
  const input = deadlineInputOf(c)
  const deadlines = computeDeadlines(input, rules, calendar, todayIso())
  const late = lateFlags(input, rules, calendar)
  const nameOf = (userId: string) => directory.find((u) => u.id === userId)?.displayName ?? ''
  // With co-mediators: 调解员：A（主办）、B、C; otherwise the one 承办调解员 as before.
  const mediatorName = c.coMediatorIds.length
    ? [
        t('records.co-mediators.leadMark', { name: nameOf(c.mediatorId) }),
        ...c.coMediatorIds.map((u) => nameOf(u) || u),
      ].join(t('records.co-mediators.separator'))
    : nameOf(c.mediatorId)

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/cases" size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2} data-testid="case-number">
            {c.caseNo}
          </Title>
          <Badge variant="outline">{t(`kind.${c.kind}`)}</Badge>
          {c.riskLevel && (
            <Badge color={RISK_COLOR[c.riskLevel]} data-testid="case-risk">
              {t('cases.filterRisk')} {t(`risk.${c.riskLevel}`)}
            </Badge>
          )}
        </Group>
        <Badge size="lg" variant="light" data-testid="case-status">
          {t(`status.${c.status}`)}
        </Badge>
      </Group>

      <CaseDecisions caseData={c} deadlines={deadlines} mayUpdate={mayUpdate} onOpen={setForm} />

      {mayUpdate && (
        <Card withBorder>
          <Group justify="space-between" align="start">
            <div>
              <Title order={4} mb="xs">
                {t('workflow.title')}
              </Title>
              <WorkflowActions caseData={c} transitions={transitions} onOpen={(kind) => setForm({ kind })} />
            </div>
            <AddRecordMenu caseData={c} onOpen={(kind) => setForm({ kind })} />
          </Group>
        </Card>
      )}

      <DeadlinesCard deadlines={deadlines} late={late} />
      <RecordFormModal
        caseData={c}
        records={records}
        transitions={transitions}
        open={form}
        onOpen={setForm}
        onClose={() => setForm(null)}
      />

      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('workflow.tabOverview')}</Tabs.Tab>
          <Tabs.Tab value="records">
            {t('workflow.tabRecords')} ({records.length})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="records" pt="md">
          <RecordTimeline records={records} caseData={c} directory={directory} />
        </Tabs.Panel>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="md">
            <CaseOverview caseData={c} mediatorName={mediatorName} subtype={subtype} />
            <AttachmentsCard caseId={c.id} />
            <CaseDocumentsCard caseData={c} records={records} directory={directory} />
            <AgreementCard caseData={c} records={records} />
            <ReferralCard caseData={c} mayUpdate={mayUpdate} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
