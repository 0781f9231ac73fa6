/**
 * What happens on a case is kept as records, one zod schema per kind. Every record is sealed
 * (encrypted) as a whole; only its kind, case and time are plain.
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { parseOrThrow } from '../shared/errors'
import { MSG } from '../shared/messages'
import { amountFenSchema } from '../amounts/amount'
import { ADMIN_SECTORS, PREVENTION_FLAGS, RISK_LEVELS } from './catalogues'

const text = (max: number) => z.string().trim().max(max, MSG.tooLong)
const required = (max: number) => z.string().trim().min(1, MSG.required).max(max, MSG.tooLong)
export const isoDate = z.string().refine(isIsoDate, MSG.date)
/** A local date and time as typed into a datetime-local field: YYYY-MM-DDTHH:mm. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, MSG.date)
  .refine(
    (v) => isIsoDate(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60,
    MSG.date,
  )

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
})

export const sessionSchema = z.object({
  at: localDateTime,
  place: required(100),
  participants: required(500),
  statements: z.array(z.object({ partyId: z.string(), text: text(20000) })),
  mediatorPoints: text(20000).default(''),
  outcome: z.enum(['agreed', 'partial', 'none', 'adjourned'], MSG.choice),
  notes: text(5000).default(''),
})

export const agreementTermSchema = z.object({
  id: z.string().min(1),
  description: required(2000),
  /** In fen (分), so amounts never meet floating point; 0 when the term pays nothing. */
  amountFen: amountFenSchema,
  obligorPartyId: z.string().default(''),
  manner: text(500).default(''),
  dueDate: z.union([isoDate, z.literal('')]).default(''),
})

export const agreementSchema = z.object({
  form: z.enum(['written', 'oral'], MSG.choice),
  facts: text(20000).default(''),
  responsibilities: text(20000).default(''),
  terms: z.array(agreementTermSchema).min(1, MSG.required),
  effectiveDate: isoDate,
})

export const performanceSchema = z.object({
  termId: z.string().min(1, MSG.required),
  at: isoDate,
  amountFen: amountFenSchema,
  note: text(1000).default(''),
  receiptNo: text(100).default(''),
})

export const visitSchema = z.object({
  at: localDateTime,
  method: z.enum(['phone', 'visit', 'other'], MSG.choice),
  visited: required(200),
  content: required(5000),
  performed: z.enum(['fully', 'partly', 'not'], MSG.choice),
})

export const TERMINATION_REASONS = ['party-refuses', 'time-limit', 'failed', 'withdrawn', 'other'] as const
export const OTHER_ROUTES = ['arbitration', 'administrative', 'litigation'] as const

export const terminationSchema = z.object({
  reason: z.enum(TERMINATION_REASONS, MSG.choice),
  routes: z.array(z.enum(OTHER_ROUTES)).min(1, MSG.required),
  notifiedAt: isoDate,
  note: text(2000).default(''),
})

export const judicialConfirmationSchema = z.object({
  appliedAt: isoDate,
  court: required(100),
  courtCaseNo: text(100).default(''),
  ruling: z.enum(['pending', 'confirmed', 'rejected'], MSG.choice),
  rulingAt: z.union([isoDate, z.literal('')]).default(''),
})

export const courtReferralSchema = z.object({
  court: required(100),
  letterNo: required(100),
  referredAt: isoDate,
  deadline: isoDate,
})

export const courtReportSchema = z.object({
  reportedAt: isoDate,
  result: z.enum(['agreed', 'failed', 'withdrawn'], MSG.choice),
  note: text(2000).default(''),
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

export const extensionSchema = z.object({
  days: z.number().int().min(1, MSG.required).max(365, MSG.tooLong),
  reason: required(1000),
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
  visit: visitSchema,
  termination: terminationSchema,
  'judicial-confirmation': judicialConfirmationSchema,
  'court-referral': courtReferralSchema,
  'court-report': courtReportSchema,
  risk: riskSchema,
  prevention: preventionSchema,
  escalation: escalationSchema,
  'mediator-change': mediatorChangeSchema,
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
 * The schema of one record kind, typed by that kind (what a form sends in, what it becomes), for
 * forms that check their values before saving. Same lookup as `RECORD_SCHEMAS[kind]`; TypeScript
 * cannot follow a generic kind into the map, so the type is stated here once.
 */
export function recordSchemaOf<K extends RecordKind>(kind: K): z.ZodType<RecordData<K>, RecordInput<K>> {
  const schema: z.ZodType = RECORD_SCHEMAS[kind]
  return schema as z.ZodType<RecordData<K>, RecordInput<K>>
}
