/** How risk records read: the assessment (a coloured level), a prevention, an escalation. */
import { Badge } from '@mantine/core'
import type { RecordViewFn } from './view-support'

const RISK_COLOURS = { red: 'red', orange: 'orange', yellow: 'yellow', green: 'green' } as const

export const riskView: RecordViewFn<'risk'> = ({ data: d }, { t, label: L }) => [
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

export const preventionView: RecordViewFn<'prevention'> = ({ data: d }, { t, label: L }) => [
  { label: L('flag'), value: t(`records.prevention.flags.${d.flag}`) },
  { label: L('persons'), value: String(d.persons) },
  { label: L('note'), value: d.note, long: true },
]

export const escalationView: RecordViewFn<'escalation'> = ({ data: d }, { t, label: L }) => [
  { label: L('to'), value: t(`records.escalation.targets.${d.to}`) },
  { label: L('at'), value: d.at },
  { label: L('reference'), value: d.reference },
  { label: L('reason'), value: d.reason, long: true },
]
