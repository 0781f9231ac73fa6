/** en messages of the record kinds in records-more.zh-CN.ts, shaped like zh-CN. */
import type { recordsMoreZhCN } from './records-more.zh-CN'

export const recordsMoreEn: typeof recordsMoreZhCN = {
  urge: {
    at: 'Urged on',
    method: 'Method',
    methods: { phone: 'By phone', visit: 'In person', written: 'In writing', other: 'Other' },
    content: 'What was said',
    promisedDate: 'Obligor promised to perform by',
  },
  'non-performance': {
    notifiedAt: 'Told on',
    routes: 'The parties were told they may',
    routeOptions: {
      'judicial-confirmation': 'apply for judicial confirmation, then enforcement',
      enforcement: 'apply to enforce the confirmed agreement',
      litigation: 'sue in a people’s court',
    },
    note: 'Note',
    hint: 'An agreement not performed is closed only once the parties have been told their other routes (People’s Mediation Law Arts. 31–33).',
  },
  'confirmation-ruling': {
    ruling: 'Ruling',
    rulings: { confirmed: 'Agreement confirmed as valid', rejected: 'Application rejected (invalid)' },
    rulingAt: 'Ruled on',
    courtCaseNo: 'Court case number',
    reason: 'Reason for rejection',
    rejectedHint:
      'After a rejection the parties may change the agreement or reach a new one through mediation, or sue (People’s Mediation Law Art. 33).',
  },
  'accident-report': {
    receivedAt: 'Parties received the accident report on',
    reportNo: 'Accident report number',
    appliedAt: 'Written application for mediation on',
    hint: 'The parties apply in writing within 10 days of receiving the accident report (Road Traffic Safety Law Regulations Art. 94).',
    late: 'The application came after {{deadline}} ({{days}} days late).',
  },
  'loss-fixed': {
    event: 'Mediation starts from',
    events: {
      'funeral-ended': 'End of the funeral (death)',
      'treatment-ended': 'End of treatment (injury)',
      'disability-assessed': 'Disability assessed (injury)',
      'loss-determined': 'Loss determined (property)',
    },
    at: 'Date',
    note: 'Note',
    hint: 'The 10-day mediation runs from this day (Regulations Arts. 94–95).',
  },
  'session-notice': {
    sessionDate: 'Session date',
    place: 'Place',
    notifiedAt: 'Parties notified on',
    notYet: 'Not yet notified',
    method: 'Method',
    methods: { written: 'In writing', phone: 'By phone', 'in-person': 'In person' },
    hint: 'The parties are told the time and place three days before the session.',
    late: 'Notified after {{deadline}} (three days before the session).',
  },
  'police-return': {
    at: 'Returned on',
    reason: 'Reason',
    reasons: { 'no-agreement': 'No agreement reached', 'not-performed': 'Agreement not performed' },
    litigationTold: 'The parties were told they may sue over the civil dispute',
    note: 'Note',
    hint: 'When public-security mediation fails or its agreement is not performed, the police punish the offence (Public Security Administration Punishments Law Art. 9).',
  },
  'mass-dispute': {
    persons: 'People involved',
    personsHint: 'Everyone the dispute involves, not only the registered parties.',
    note: 'Note',
  },
  'co-mediators': {
    userIds: 'Co-mediators',
    userIdsHint: 'Up to 4, not the lead mediator; choose nobody to remove them.',
    note: 'Note',
    lead: 'Lead mediator: {{name}}',
    noCandidates: 'There is no other mediator to choose.',
    summary: 'Co-mediators: {{names}}',
    cleared: 'Co-mediators removed',
    mediators: 'Mediators',
    leadMark: '{{name}} (lead)',
    separator: ', ',
    withNote: '{{sentence}} ({{note}})',
  },
}
