/**
 * Any case record, readable: labelled fields, amounts in figures and capitals, parties and users
 * by name, and a transition as one sentence ("由 X 将状态从 A 改为 B：理由").
 */
import { Badge, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'
import { amountWords, partyName } from './form-support'

export interface DirectoryEntry {
  id: string
  displayName: string
}

export interface RecordViewProps {
  record: CaseRecord
  caseData: Pick<Case, 'parties'>
  /** For users' names (who changed a status, the new mediator); ids are shown without it. */
  directory?: readonly DirectoryEntry[]
  /** The case's records, so a performance can name the agreement term it performs. */
  records?: readonly CaseRecord[]
}

interface Item {
  label: string
  value: ReactNode
  /** Long text: full width, line breaks kept. */
  long?: boolean
}

const localTime = (v: string) => v.replace('T', ' ')
const RISK_COLOURS = { red: 'red', orange: 'orange', yellow: 'yellow', green: 'green' } as const

export function userName(
  directory: readonly DirectoryEntry[] | undefined,
  id: string,
  fallback = '',
): string {
  return directory?.find((u) => u.id === id)?.displayName || fallback || id
}

function items(props: RecordViewProps, t: TFunction): Item[] {
  const { record, caseData, directory, records } = props
  const money = (fen: number) => t('records.money', amountWords(fen))
  const names = (ids: readonly string[]) => ids.map((id) => partyName(caseData, id) || id).join('、')
  const L = (field: string) => t(`records.${record.kind}.${field}`)
  switch (record.kind) {
    case 'notice': {
      const d = record.data
      return [
        { label: L('at'), value: localTime(d.at) },
        { label: L('method'), value: t(`records.notice.methods.${d.method}`) },
        { label: L('acknowledgedBy'), value: names(d.acknowledgedBy) },
        { label: L('note'), value: d.note, long: true },
      ]
    }
    case 'investigation': {
      const d = record.data
      return [
        { label: L('at'), value: localTime(d.at) },
        { label: L('place'), value: d.place },
        { label: L('investigators'), value: d.investigators },
        { label: L('subject'), value: d.subject },
        { label: L('content'), value: d.content, long: true },
      ]
    }
    case 'session': {
      const d = record.data
      return [
        { label: L('at'), value: localTime(d.at) },
        { label: L('place'), value: d.place },
        { label: L('outcome'), value: t(`records.session.outcomes.${d.outcome}`) },
        { label: L('participants'), value: d.participants, long: true },
        ...d.statements
          .filter((s) => s.text.trim() !== '')
          .map((s) => ({
            label: t('records.session.statementOf', { name: partyName(caseData, s.partyId) }),
            value: s.text,
            long: true,
          })),
        { label: L('mediatorPoints'), value: d.mediatorPoints, long: true },
        { label: L('notes'), value: d.notes, long: true },
      ]
    }
    case 'agreement': {
      const d = record.data
      const total = d.terms.reduce((sum, term) => sum + term.amountFen, 0)
      return [
        { label: L('form'), value: t(`records.agreement.forms.${d.form}`) },
        { label: L('effectiveDate'), value: d.effectiveDate },
        { label: L('facts'), value: d.facts, long: true },
        { label: L('responsibilities'), value: d.responsibilities, long: true },
        {
          label: L('terms'),
          long: true,
          value: (
            <Stack gap={4}>
              <Table withTableBorder verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{L('description')}</Table.Th>
                    <Table.Th>{L('amount')}</Table.Th>
                    <Table.Th>{L('obligor')}</Table.Th>
                    <Table.Th>{L('manner')}</Table.Th>
                    <Table.Th>{L('dueDate')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.terms.map((term, i) => (
                    <Table.Tr key={term.id}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{term.description}</Table.Td>
                      <Table.Td>{term.amountFen > 0 ? money(term.amountFen) : '—'}</Table.Td>
                      <Table.Td>{partyName(caseData, term.obligorPartyId) || '—'}</Table.Td>
                      <Table.Td>{term.manner || '—'}</Table.Td>
                      <Table.Td>{term.dueDate || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm">{t('records.agreement.total', amountWords(total))}</Text>
            </Stack>
          ),
        },
      ]
    }
    case 'performance': {
      const d = record.data
      let term: string = d.termId
      for (const r of records ?? []) {
        if (r.kind !== 'agreement') continue
        const terms = r.data.terms
        const i = terms.findIndex((x) => x.id === d.termId)
        if (i >= 0) term = `${i + 1}. ${terms[i]?.description ?? ''}`
      }
      return [
        { label: L('term'), value: term, long: true },
        { label: L('at'), value: d.at },
        { label: L('amount'), value: money(d.amountFen) },
        { label: L('receiptNo'), value: d.receiptNo },
        { label: L('note'), value: d.note, long: true },
      ]
    }
    case 'visit': {
      const d = record.data
      return [
        { label: L('at'), value: localTime(d.at) },
        { label: L('method'), value: t(`records.visit.methods.${d.method}`) },
        { label: L('visited'), value: d.visited },
        { label: L('performed'), value: t(`records.visit.performedOptions.${d.performed}`) },
        { label: L('content'), value: d.content, long: true },
      ]
    }
    case 'termination': {
      const d = record.data
      return [
        { label: L('reason'), value: t(`records.termination.reasons.${d.reason}`) },
        { label: L('notifiedAt'), value: d.notifiedAt },
        {
          label: L('routes'),
          value: d.routes.map((r) => t(`records.termination.routeOptions.${r}`)).join('、'),
        },
        { label: L('note'), value: d.note, long: true },
      ]
    }
    case 'judicial-confirmation': {
      const d = record.data
      return [
        { label: L('appliedAt'), value: d.appliedAt },
        { label: L('court'), value: d.court },
        { label: L('courtCaseNo'), value: d.courtCaseNo },
        { label: L('ruling'), value: t(`records.judicial-confirmation.rulings.${d.ruling}`) },
        { label: L('rulingAt'), value: d.rulingAt },
      ]
    }
    case 'court-referral': {
      const d = record.data
      return [
        { label: L('court'), value: d.court },
        { label: L('letterNo'), value: d.letterNo },
        { label: L('referredAt'), value: d.referredAt },
        { label: L('deadline'), value: d.deadline },
      ]
    }
    case 'court-report': {
      const d = record.data
      return [
        { label: L('reportedAt'), value: d.reportedAt },
        { label: L('result'), value: t(`records.court-report.results.${d.result}`) },
        { label: L('note'), value: d.note, long: true },
      ]
    }
    case 'risk': {
      const d = record.data
      return [
        {
          label: L('level'),
          value: (
            <Badge color={RISK_COLOURS[d.level]} variant="filled">
              {t(`records.risk.levels.${d.level}`)}
            </Badge>
          ),
        },
        { label: L('reason'), value: d.reason, long: true },
      ]
    }
    case 'prevention': {
      const d = record.data
      return [
        { label: L('flag'), value: t(`records.prevention.flags.${d.flag}`) },
        { label: L('persons'), value: String(d.persons) },
        { label: L('note'), value: d.note, long: true },
      ]
    }
    case 'escalation': {
      const d = record.data
      return [
        { label: L('to'), value: t(`records.escalation.targets.${d.to}`) },
        { label: L('at'), value: d.at },
        { label: L('reference'), value: d.reference },
        { label: L('reason'), value: d.reason, long: true },
      ]
    }
    case 'mediator-change': {
      const d = record.data
      return [
        { label: L('kind'), value: t(`records.mediator-change.kinds.${d.kind}`) },
        { label: L('toUser'), value: userName(directory, d.toUserId) },
        { label: L('reason'), value: d.reason, long: true },
      ]
    }
    case 'transfer': {
      const d = record.data
      return [
        { label: L('to'), value: d.to },
        { label: L('at'), value: d.at },
        { label: L('reason'), value: d.reason, long: true },
      ]
    }
    case 'extension': {
      const d = record.data
      return [
        { label: L('days'), value: String(d.days) },
        { label: L('reason'), value: d.reason, long: true },
      ]
    }
    case 'transition':
      return []
  }
}

export function RecordView(props: RecordViewProps) {
  const { t } = useTranslation()
  const { record, directory } = props
  if (record.kind === 'transition') {
    const d = record.data
    const who = userName(directory, record.createdBy, d.byName)
    const sentence = t('records.transition.summary', {
      who,
      from: t(`status.${d.from}`, { defaultValue: d.from }),
      to: t(`status.${d.to}`, { defaultValue: d.to }),
    })
    return (
      <Text size="sm" data-testid="record-view" style={{ whiteSpace: 'pre-wrap' }}>
        {sentence}
        {d.reason ? t('records.transition.reason', { reason: d.reason }) : ''}
      </Text>
    )
  }
  const all = items(props, t)
  const short = all.filter((i) => !i.long)
  const long = all.filter((i) => i.long && i.value !== '')
  return (
    <Stack gap="xs" data-testid="record-view">
      {short.length > 0 && (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing={4}>
          {short.map((i, n) => (
            <div key={`${n}-${i.label}`}>
              <Text size="xs" c="dimmed">
                {i.label}
              </Text>
              <Text size="sm" component="div">
                {i.value === '' ? t('records.notRecorded') : i.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
      {long.map((i, n) => (
        <div key={`${n}-${i.label}`}>
          <Text size="xs" c="dimmed">
            {i.label}
          </Text>
          <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
            {i.value}
          </Text>
        </div>
      ))}
    </Stack>
  )
}
