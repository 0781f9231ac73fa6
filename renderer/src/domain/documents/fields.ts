/**
 * The documented set of fields a document template may name as `{{placeholders}}`. A template is
 * checked against this list when it is loaded or edited, so a misspelt placeholder is refused with
 * a clear message instead of printing an empty gap on a legal document.
 *
 * Scalar fields (`case.number`) are available everywhere. List sources (`parties`, `terms`, …) are
 * repeated by `repeat` and `table` blocks; inside them the item's own fields are named with the
 * source's item prefix (`{{party.name}}`, `{{term.amountCapitals}}`). What each field means is
 * described for administrators in the i18n section `templates.fields` / `templates.items`.
 */

export const SCALAR_FIELDS = [
  'organisation.name',
  'organisation.region',
  'case.number',
  'case.kind',
  'case.sector',
  'case.judicialConfirmationPower',
  'case.source',
  'case.disputeType',
  'case.facts',
  'case.requests',
  'case.registeredDate',
  'case.acceptedDate',
  'case.closedDate',
  'case.outcome',
  'case.status',
  'case.mediator',
  'parties.names',
  'applicants.names',
  'respondents.names',
  'parties.count',
  'copies.count',
  'date.today',
  'notice.date',
  'notice.method',
  'investigation.date',
  'investigation.place',
  'investigation.investigators',
  'investigation.subject',
  'investigation.content',
  'investigation.recorder',
  'session.date',
  'session.place',
  'session.participants',
  'session.mediatorPoints',
  'session.outcome',
  'session.notes',
  'session.recorder',
  'session.cause',
  'session.present',
  'agreement.form',
  'agreement.facts',
  'agreement.responsibilities',
  'agreement.effectiveDate',
  'agreement.totalFigures',
  'agreement.totalCapitals',
  'agreement.termCount',
  'agreement.recorder',
  'visit.date',
  'visit.method',
  'visit.visited',
  'visit.content',
  'visit.performed',
  'visit.visitor',
  'termination.reason',
  'termination.routes',
  'termination.date',
  'termination.note',
  'judicial.appliedDate',
  'judicial.court',
  'judicial.courtCaseNo',
  'judicial.courtLine',
  'judicial.dateLine',
  'court.name',
  'court.letterNo',
  'court.referredDate',
  'court.deadline',
  'court.referralKind',
  'report.date',
  'report.result',
  'report.note',
  'report.request',
  'sessionNotice.date',
  'sessionNotice.place',
  'sessionNotice.notifiedDate',
  'sessionNotice.method',
  'sessionNotice.latestDate',
  'sessionNotice.deadlineNote',
  'traffic.reportNo',
  'traffic.reportReceivedDate',
  'traffic.appliedDate',
  'traffic.lossEvent',
  'traffic.lossFixedDate',
  'decision.rejectReason',
  'decision.rejectedDate',
  'archive.documentCount',
  'archive.pageCount',
  'archive.title',
  'archive.compiler',
  'archive.period',
  'archive.retention',
  'archive.note',
] as const
export type ScalarField = (typeof SCALAR_FIELDS)[number]

/** Fields whose value is a list of names joined with 、 (each name is what must appear in print). */
export const NAME_LIST_FIELDS: readonly ScalarField[] = [
  'case.mediator',
  'parties.names',
  'applicants.names',
  'respondents.names',
]

const PARTY_ITEM = [
  'role',
  'name',
  'details',
  'phone',
  'address',
  'idNumber',
  'agent',
  'agentName',
  'serviceAddress',
  'contact',
  'agentPhone',
  'agentIdNumber',
] as const

/** What each list source repeats, the prefix its items are named by, and the item's fields. */
export const LIST_SOURCES = {
  parties: { prefix: 'party', fields: PARTY_ITEM },
  applicants: { prefix: 'party', fields: PARTY_ITEM },
  respondents: { prefix: 'party', fields: PARTY_ITEM },
  /** Parties acting through a 委托代理人 (the 授权委托书's principals). */
  principals: { prefix: 'party', fields: PARTY_ITEM },
  statements: { prefix: 'statement', fields: ['party', 'text'] },
  terms: {
    prefix: 'term',
    fields: [
      'index',
      'ordinal',
      'description',
      'amountFigures',
      'amountCapitals',
      'manner',
      'dueDate',
      'obligor',
      'place',
    ],
  },
  performances: {
    prefix: 'performance',
    fields: ['date', 'term', 'amountFigures', 'amountCapitals', 'note', 'receiptNo'],
  },
  contents: { prefix: 'entry', fields: ['index', 'title', 'date', 'pages', 'note'] },
} as const satisfies Record<string, { prefix: string; fields: readonly string[] }>

export type ListSource = keyof typeof LIST_SOURCES
export const LIST_SOURCE_NAMES = Object.keys(LIST_SOURCES) as ListSource[]

/** The item fields of a source, as placeholders (`party.name`, …). */
export function itemFields(source: ListSource): string[] {
  const { prefix, fields } = LIST_SOURCES[source]
  return fields.map((f) => `${prefix}.${f}`)
}

const SCALAR_SET: ReadonlySet<string> = new Set(SCALAR_FIELDS)
export const isScalarField = (name: string): name is ScalarField => SCALAR_SET.has(name)

/**
 * Fields printed through another that shows a blank to fill in by hand when they are empty
 * (`judicial.courtLine` is the court or "________人民法院"): requiring the first and printing the
 * second is enough, and the first is still named as missing when empty.
 */
export const PRINTED_VIA: Partial<Record<ScalarField, readonly ScalarField[]>> = {
  'judicial.court': ['judicial.courtLine'],
  'judicial.appliedDate': ['judicial.dateLine'],
}

/**
 * A required name list is also present when every name is printed by a repeat over its source
 * (`{{party.name}}` in a `repeat` over `parties`), which is how most forms list the parties.
 */
export const NAME_LIST_SOURCES: Partial<Record<ScalarField, readonly ListSource[]>> = {
  'parties.names': ['parties'],
  'applicants.names': ['applicants', 'parties'],
  'respondents.names': ['respondents', 'parties'],
}
