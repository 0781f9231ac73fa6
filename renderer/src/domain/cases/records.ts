/**
 * What happens on a case is kept as records, one zod schema per kind. Every record is sealed
 * (encrypted) as a whole; only its kind, case and time are plain.
 */
import { z } from 'zod'
import { parseOrThrow } from '../shared/errors'
import { MSG } from '../shared/messages'
import { amountFenSchema } from '../amounts/amount'
import { ADMIN_SECTORS, AGREEMENT_FORMS, PREVENTION_FLAGS, RISK_LEVELS } from './catalogues'
import { coMediatorsSchema } from './co-mediators'
import { isoDate, localDateTime, optionalDate, required, text } from './record-fields'
import {
  accidentReportSchema,
  courtReferralSchema,
  courtReportSchema,
  lossFixedSchema,
  policeReturnSchema,
  sessionNoticeSchema,
} from './records-linked'

export { isoDate, localDateTime } from './record-fields'
export * from './records-linked'

export const noticeSchema = z.object({
  at: localDateTime,
  method: z.enum(['written', 'oral'], MSG.choice),
  acknowledgedBy: z.array(z.string()).min(1, MSG.required),
  note: text(1000).default(''),
})

export const investigationSchema = z.object({
  at: localDateTime,
  place: required(100),
  investigators: required(100),
  subject: required(100),
  content: required(20000),
  /** 记录人: chosen by whoever enters the record (not necessarily themselves); '' before issue 14. */
  recorderId: z.string().max(100).default(''),
})

export const sessionSchema = z.object({
  at: localDateTime,
  place: required(100),
  participants: required(500),
  statements: z.array(z.object({ partyId: z.string(), text: text(20000) })),
  mediatorPoints: text(20000).default(''),
  outcome: z.enum(['agreed', 'partial', 'none', 'adjourned'], MSG.choice),
  notes: text(5000).default(''),
  /** 事由 of the session ('' prints the case's dispute type). */
  cause: text(200).default(''),
  /** The parties present (ids); other participants stay in `participants`. */
  presentPartyIds: z.array(z.string()).max(50).default([]),
  /** 记录人, chosen (see investigationSchema). */
  recorderId: z.string().max(100).default(''),
})

/**
 * Who performs a term (履行义务人): a party's id, or OBLIGOR_ALL for a term every party owes alike
 * (双方互不追究…). A required choice: nothing is assumed. Rows stored before it was required may
 * carry '' — read back as OBLIGOR_LEGACY (see `migrateStoredRecord`), never accepted as new input.
 */
export const OBLIGOR_ALL = '*all'
/** The form's old default, read back from a stored term without an obligor: the respondent(s). */
export const OBLIGOR_LEGACY = '*respondent'

/**
 * Whom a term's obligor names: every party (OBLIGOR_ALL), the respondents (a stored term from before
 * the choice was required), or one party; [] when the id names nobody on the case.
 */
export function obligorsOf<P extends { id: string; role: string }>(
  parties: readonly P[],
  obligorPartyId: string,
): { all: boolean; parties: P[] } {
  if (obligorPartyId === OBLIGOR_ALL) return { all: true, parties: [...parties] }
  if (obligorPartyId === OBLIGOR_LEGACY)
    return { all: false, parties: parties.filter((p) => p.role === 'respondent') }
  return { all: false, parties: parties.filter((p) => p.id === obligorPartyId) }
}

export const agreementTermSchema = z.object({
  id: z.string().min(1),
  description: required(2000),
  /** In fen (分), so amounts never meet floating point; 0 when the term pays nothing. */
  amountFen: amountFenSchema,
  obligorPartyId: z.string({ error: MSG.obligorRequired }).trim().min(1, MSG.obligorRequired),
  manner: text(500).default(''),
  dueDate: z.union([isoDate, z.literal('')]).default(''),
  /** 履行地点 ('' when the agreement names none). */
  place: text(200).default(''),
})

export const agreementSchema = z.object({
  form: z.enum(AGREEMENT_FORMS, MSG.choice),
  facts: text(20000).default(''),
  responsibilities: text(20000).default(''),
  terms: z.array(agreementTermSchema).min(1, MSG.required),
  /**
   * The day the agreement was reached. An oral agreement takes effect on it (人民调解法 Art. 30); a
   * written one only once every party, the mediator and the committee's seal are on it, which the
   * signing flow records (the case's `agreement-effective` event) — not this date.
   */
  effectiveDate: isoDate,
  /** 记录人, chosen (see investigationSchema). */
  recorderId: z.string().max(100).default(''),
})

export const performanceSchema = z.object({
  termId: z.string().min(1, MSG.required),
  at: isoDate,
  amountFen: amountFenSchema,
  note: text(1000).default(''),
  receiptNo: text(100).default(''),
  /** This term is now performed in full (an act, or a sum paid at last); amounts alone also add up. */
  complete: z.boolean().default(false),
})

/** 督促履行: the mediator urges the obligor to perform (by phone, visit, in writing). */
export const URGE_METHODS = ['phone', 'visit', 'written', 'other'] as const
export const urgeSchema = z.object({
  at: isoDate,
  method: z.enum(URGE_METHODS, MSG.choice),
  content: required(2000),
  /** The day the obligor undertook to perform by, '' when none was given. */
  promisedDate: optionalDate,
})

/**
 * 未履行: the agreement was not performed, and the parties were told their routes — apply for
 * 司法确认 and then enforcement (or enforcement of a confirmed agreement), or sue (人民调解法 Arts.
 * 31–33). Closing as 未履行 needs this record.
 */
export const NON_PERFORMANCE_ROUTES = ['judicial-confirmation', 'enforcement', 'litigation'] as const
export const nonPerformanceSchema = z.object({
  notifiedAt: isoDate,
  routes: z.array(z.enum(NON_PERFORMANCE_ROUTES)).min(1, MSG.required),
  note: text(2000).default(''),
})

export const visitSchema = z.object({
  at: localDateTime,
  method: z.enum(['phone', 'visit', 'other'], MSG.choice),
  visited: required(200),
  content: required(5000),
  performed: z.enum(['fully', 'partly', 'not'], MSG.choice),
})

export const TERMINATION_REASONS = [
  'party-refuses',
  'time-limit',
  'failed',
  'withdrawn',
  'confirmation-rejected',
  'other',
] as const
/** 'court-filing': a 委派 case returned to the court, which files it for trial (立案). */
export const OTHER_ROUTES = ['arbitration', 'administrative', 'litigation', 'court-filing'] as const

export const terminationSchema = z.object({
  reason: z.enum(TERMINATION_REASONS, MSG.choice),
  routes: z.array(z.enum(OTHER_ROUTES)).min(1, MSG.required),
  notifiedAt: isoDate,
  note: text(2000).default(''),
  /**
   * 委派调解 only: the limit lapsed (or mediation failed) and the file goes back to the court for
   * 立案 — the 终止 document says so instead of citing 人民调解法 Art. 26.
   */
  returnToCourt: z.boolean().default(false),
})

/**
 * 司法确认申请: the parties' joint application (人民调解法 Art. 33; 法释〔2011〕5号), for a written
 * agreement in force — never an oral one, never 委托调解. The court's ruling is its own record
 * (`confirmation-ruling`); `ruling`/`rulingAt` are kept only as older versions stored them.
 */
export const judicialConfirmationSchema = z.object({
  appliedAt: isoDate,
  court: required(100),
  courtCaseNo: text(100).default(''),
  ruling: z.enum(['pending', 'confirmed', 'rejected'], MSG.choice).default('pending'),
  rulingAt: optionalDate,
})

/** 司法确认结果: 确认有效, or 驳回 (the agreement is not confirmed: re-mediate, a new agreement, or sue). */
export const confirmationRulingSchema = z.object({
  ruling: z.enum(['confirmed', 'rejected'], MSG.choice),
  rulingAt: isoDate,
  courtCaseNo: text(100).default(''),
  reason: text(1000).default(''),
})

/** 群体性纠纷: how many people the dispute involves, beyond the named parties. */
export const massDisputeSchema = z.object({
  persons: z.number(MSG.required).int(MSG.required).min(1, MSG.required).max(100_000, MSG.tooLong),
  note: text(1000).default(''),
})

export const riskSchema = z.object({
  level: z.enum(RISK_LEVELS, MSG.choice),
  reason: required(1000),
})

export const preventionSchema = z.object({
  flag: z.enum(PREVENTION_FLAGS, MSG.choice),
  persons: z.number().int().min(1, MSG.required).max(10000, MSG.tooLong),
  note: text(1000).default(''),
})

export const escalationSchema = z.object({
  to: z.enum(['police', 'governance-centre', 'other'], MSG.choice),
  at: isoDate,
  reason: required(1000),
  reference: text(100).default(''),
})

export const mediatorChangeSchema = z.object({
  toUserId: z.string().min(1, MSG.required),
  kind: z.enum(['recusal', 'reassignment'], MSG.choice),
  reason: required(1000),
})

export const transferSchema = z.object({
  to: required(100),
  reason: required(1000),
  at: isoDate,
})

/**
 * 延长调解期限: only with both parties' consent (人民调解 "经双方当事人同意"; 委派/委托 likewise), which
 * is recorded — who consented and when. Older records without it still read; new ones must name
 * every party (checked with the case, domain/workflow/record-rules.ts).
 */
export const extensionSchema = z.object({
  days: z.number().int().min(1, MSG.required).max(365, MSG.tooLong),
  reason: required(1000),
  consentedBy: z.array(z.string()).default([]),
  consentAt: optionalDate,
})

export const sectorSchema = z.enum(ADMIN_SECTORS, MSG.choice)

export const transitionRecordSchema = z.object({
  action: z.string(),
  from: z.string(),
  to: z.string(),
  reason: text(2000).default(''),
  byName: z.string(),
})

export const RECORD_SCHEMAS = {
  notice: noticeSchema,
  investigation: investigationSchema,
  session: sessionSchema,
  agreement: agreementSchema,
  performance: performanceSchema,
  urge: urgeSchema,
  'non-performance': nonPerformanceSchema,
  visit: visitSchema,
  termination: terminationSchema,
  'judicial-confirmation': judicialConfirmationSchema,
  'confirmation-ruling': confirmationRulingSchema,
  'court-referral': courtReferralSchema,
  'court-report': courtReportSchema,
  'accident-report': accidentReportSchema,
  'loss-fixed': lossFixedSchema,
  'session-notice': sessionNoticeSchema,
  'police-return': policeReturnSchema,
  'mass-dispute': massDisputeSchema,
  risk: riskSchema,
  prevention: preventionSchema,
  escalation: escalationSchema,
  'mediator-change': mediatorChangeSchema,
  /** 协同调解员 (co-mediators.ts). */
  'co-mediators': coMediatorsSchema,
  transfer: transferSchema,
  extension: extensionSchema,
  transition: transitionRecordSchema,
} as const

export type RecordKind = keyof typeof RECORD_SCHEMAS
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[]
export type RecordData<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>
export type RecordInput<K extends RecordKind> = z.input<(typeof RECORD_SCHEMAS)[K]>

/** What every record has besides its kind and data. */
export interface RecordMeta {
  id: string
  caseId: string
  createdAt: string
  createdBy: string
}

interface RecordOf<K extends RecordKind> extends RecordMeta {
  kind: K
  data: RecordData<K>
}

type RecordsByKind = { [K in RecordKind]: RecordOf<K> }

/**
 * A record of a case. Without a kind it is the union of every kind's record, so checking `kind`
 * narrows `data` (`if (r.kind === 'agreement') r.data.terms`).
 */
export type CaseRecord<K extends RecordKind = RecordKind> = RecordsByKind[K]

/** Whether a record is of `kind`, for when the kind is a variable (a literal check narrows by itself). */
export function isRecordOf<K extends RecordKind>(record: CaseRecord, kind: K): record is CaseRecord<K> {
  return record.kind === kind
}

/** The records of one kind, in the order given. */
export function recordsOf<K extends RecordKind>(records: readonly CaseRecord[], kind: K): CaseRecord<K>[] {
  return records.filter((r) => isRecordOf(r, kind))
}

/**
 * A record of `kind` whose data is `input` checked against the kind's schema; refused with a
 * ValidationError (i18n keys, field paths) when it does not fit.
 */
export function parseRecord<K extends RecordKind>(meta: RecordMeta, kind: K, input: unknown): CaseRecord<K> {
  const data = parseOrThrow(RECORD_SCHEMAS[kind], input)
  // The one cast on records: the data was just parsed with this kind's schema, but TypeScript
  // cannot follow a generic kind to its schema's output, nor to its member of the union.
  return { ...meta, kind, data } as CaseRecord<K>
}

/**
 * A record as stored, read back: what older versions of the app wrote is brought to today's shape
 * first (a term without an obligor gets the form's old default, the respondent — OBLIGOR_LEGACY),
 * then it is checked like new input. Only for rows read from storage, never for input.
 */
export function readStoredRecord<K extends RecordKind>(
  meta: RecordMeta,
  kind: K,
  stored: unknown,
): CaseRecord<K> {
  return parseRecord(meta, kind, migrateStoredRecord(kind, stored))
}

export function migrateStoredRecord(kind: RecordKind, stored: unknown): unknown {
  if (kind !== 'agreement' || !stored || typeof stored !== 'object') return stored
  const data = stored as { terms?: unknown }
  if (!Array.isArray(data.terms)) return stored
  return {
    ...data,
    terms: data.terms.map((t: unknown) =>
      t && typeof t === 'object' && !(t as { obligorPartyId?: unknown }).obligorPartyId
        ? { ...t, obligorPartyId: OBLIGOR_LEGACY }
        : t,
    ),
  }
}

/**
 * The schema of one record kind, typed by that kind (what a form sends in, what it becomes), for
 * forms that check their values before saving. Same lookup as `RECORD_SCHEMAS[kind]`; TypeScript
 * cannot follow a generic kind into the map, so the type is stated here once.
 */
export function recordSchemaOf<K extends RecordKind>(kind: K): z.ZodType<RecordData<K>, RecordInput<K>> {
  const schema: z.ZodType = RECORD_SCHEMAS[kind]
  return schema as z.ZodType<RecordData<K>, RecordInput<K>>
}
