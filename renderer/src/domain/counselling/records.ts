/**
 * What a counsellor records about a client, one zod schema per kind. No field anywhere records a
 * diagnosis (精神卫生法 Art. 23); risk is described as degrees and a safety plan, not a disorder.
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { parseOrThrow } from '../shared/errors'
import { MSG } from '../shared/messages'
import {
  CLOSING_OUTCOMES,
  CONSENT_SIGNERS,
  EXCEPTION_GROUNDS,
  RISK_DEGREES,
  riskRank,
  SESSION_MODES,
  type CounsellingRecordKind,
} from './catalogues'
import { CONSENT_LANGUAGES } from './consent-texts'
import { COUNSELLING_MSG } from './messages'

const text = (max: number) => z.string().trim().max(max, MSG.tooLong)
const required = (max: number) => z.string().trim().min(1, MSG.required).max(max, MSG.tooLong)
const isoDate = z.string().refine(isIsoDate, MSG.date)
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, MSG.date)
  .refine(
    (v) => isIsoDate(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60,
    MSG.date,
  )
const degree = z.enum(RISK_DEGREES, MSG.choice)

/** A signature given on screen: drawn (PNG as a data URL) or a typed full name as confirmation. */
export const signatureSchema = z.discriminatedUnion(
  'method',
  [
    z.object({
      method: z.literal('drawn'),
      image: z
        .string()
        .max(400_000, MSG.tooLong)
        .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, COUNSELLING_MSG.signature),
    }),
    z.object({ method: z.literal('typed'), name: required(40) }),
  ],
  COUNSELLING_MSG.signature,
)
export type Signature = z.output<typeof signatureSchema>

/** What the form sends; the repository adds the hash of the text shown. */
export const consentInputSchema = z
  .object({
    textVersion: z.string().min(1, COUNSELLING_MSG.consentText),
    language: z.enum(CONSENT_LANGUAGES, COUNSELLING_MSG.consentText),
    date: isoDate,
    signer: z.enum(CONSENT_SIGNERS, MSG.choice),
    signerName: required(40),
    signature: signatureSchema,
    /** Recording needs its own consent and its own signature. */
    recording: z.object({ consented: z.boolean(), signature: signatureSchema.nullable().default(null) }),
  })
  .refine((c) => !c.recording.consented || c.recording.signature !== null, {
    path: ['recording', 'signature'],
    message: COUNSELLING_MSG.signature,
  })

export const consentSchema = consentInputSchema.safeExtend({
  textHash: z.string().regex(/^[0-9a-f]{64}$/, COUNSELLING_MSG.consentText),
})

export const intakeSchema = z.object({
  date: isoDate,
  presentingConcern: required(5000),
  background: text(10000).default(''),
  supports: text(5000).default(''),
  goals: text(5000).default(''),
})

const SESSION_SECTIONS = ['presentingConcern', 'interventions', 'clientResponse', 'plan', 'freeText'] as const

export const sessionNoteSchema = z
  .object({
    at: localDateTime,
    durationMinutes: z.coerce
      .number(MSG.required)
      .int(MSG.required)
      .min(1, MSG.required)
      .max(600, MSG.tooLong),
    mode: z.enum(SESSION_MODES, MSG.choice),
    presentingConcern: text(10000).default(''),
    interventions: text(10000).default(''),
    clientResponse: text(10000).default(''),
    plan: text(10000).default(''),
    freeText: text(20000).default(''),
  })
  .refine((s) => SESSION_SECTIONS.some((k) => s[k] !== ''), {
    path: ['freeText'],
    message: COUNSELLING_MSG.noteEmpty,
  })

export const riskAssessmentSchema = z
  .object({
    date: isoDate,
    selfHarm: degree,
    harmOthers: degree,
    overall: degree,
    factors: text(5000).default(''),
    protective: text(5000).default(''),
    safetyPlan: text(5000).default(''),
  })
  .refine((r) => riskRank(r.overall) >= Math.max(riskRank(r.selfHarm), riskRank(r.harmOthers)), {
    path: ['overall'],
    message: COUNSELLING_MSG.riskOverall,
  })
  .refine((r) => riskRank(r.overall) < riskRank('medium') || r.safetyPlan !== '', {
    path: ['safetyPlan'],
    message: COUNSELLING_MSG.safetyPlan,
  })

/** Referral out: to a hospital, a hotline, another service — with the client's agreement. */
export const referralOutSchema = z
  .object({
    date: isoDate,
    to: required(200),
    reason: required(2000),
    clientAgreed: z.boolean(),
    shared: text(2000).default(''),
  })
  .refine((r) => r.clientAgreed, { path: ['clientAgreed'], message: COUNSELLING_MSG.referralConsent })

export const closingSchema = z.object({
  date: isoDate,
  sessions: z.coerce.number(MSG.required).int(MSG.required).min(0, MSG.required).max(1000, MSG.tooLong),
  outcome: z.enum(CLOSING_OUTCOMES, MSG.choice),
  summary: required(10000),
  followUp: text(2000).default(''),
})

/** A confidentiality exception: on what ground, what was disclosed, to whom, when and by whom. */
export const exceptionSchema = z.object({
  ground: z.enum(EXCEPTION_GROUNDS, MSG.choice),
  disclosed: required(5000),
  recipient: required(200),
  disclosedAt: localDateTime,
  disclosedBy: required(40),
  basis: text(2000).default(''),
  clientInformed: z.boolean().default(false),
})

export const addendumSchema = z.object({
  reason: required(500),
  text: required(10000),
})

export const RECORD_SCHEMAS = {
  consent: consentSchema,
  intake: intakeSchema,
  session: sessionNoteSchema,
  risk: riskAssessmentSchema,
  referral: referralOutSchema,
  closing: closingSchema,
  exception: exceptionSchema,
  addendum: addendumSchema,
} as const satisfies Record<CounsellingRecordKind, z.ZodType>

export type RecordData<K extends CounsellingRecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>

/** What a stored record carries besides its kind and data. */
interface RecordState {
  id: string
  clientId: string
  createdAt: string
  updatedAt: string
  /** ISO instant of signing, '' while a draft. Consent, exception and addendum are signed when made. */
  signedAt: string
  /** Hex SHA-256 over the signed content; '' while a draft. */
  signature: string
  /** Whether the content still matches its signature hash. */
  intact: boolean
  /** For an addendum: the record it corrects. */
  addendumTo: string
}

interface RecordOf<K extends CounsellingRecordKind> extends RecordState {
  kind: K
  data: RecordData<K>
}

type RecordsByKind = { [K in CounsellingRecordKind]: RecordOf<K> }

/** A stored record as the owner sees it; checking `kind` narrows `data`. */
export type CounsellingRecord<K extends CounsellingRecordKind = CounsellingRecordKind> = RecordsByKind[K]

/** A kind with its data, tied together: what a record's sealed body holds. */
export type RecordContent<K extends CounsellingRecordKind = CounsellingRecordKind> = {
  [P in CounsellingRecordKind]: { kind: P; data: RecordData<P> }
}[K]

/**
 * `input` checked against the kind's schema, with its kind; refused with a ValidationError (i18n
 * keys, field paths) when it does not fit.
 */
export function parseRecordContent<K extends CounsellingRecordKind>(
  kind: K,
  input: unknown,
): RecordContent<K> {
  // The one cast on counselling records: the data was just parsed with this kind's schema, but
  // TypeScript cannot follow a generic kind to its schema's output, nor to its member of the union.
  return { kind, data: parseOrThrow(RECORD_SCHEMAS[kind], input) } as RecordContent<K>
}
