/**
 * The fixed vocabularies of counselling. Codes are stored; labels come from i18n
 * (`counselling.<vocabulary>.<code>`). There is no diagnosis vocabulary on purpose: counselling
 * is not diagnosis or treatment (精神卫生法 Art. 23), so nothing here classifies a disorder.
 */

/** Degrees of risk in a risk assessment, from none to high. */
export const RISK_DEGREES = ['none', 'low', 'medium', 'high'] as const
export type RiskDegree = (typeof RISK_DEGREES)[number]

export const riskRank = (d: RiskDegree): number => RISK_DEGREES.indexOf(d)

/** The grounds on which confidentiality may be broken (中国心理学会 ethics code 3.2). */
export const EXCEPTION_GROUNDS = [
  'self-harm-risk',
  'harm-others-risk',
  'minor-abuse',
  'legal-requirement',
] as const
export type ExceptionGround = (typeof EXCEPTION_GROUNDS)[number]

export const SESSION_MODES = ['in-person', 'phone', 'video', 'other'] as const
export type SessionMode = (typeof SESSION_MODES)[number]

export const CLOSING_OUTCOMES = ['goals-met', 'partly-met', 'client-ended', 'referred', 'other'] as const
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number]

export const CONSENT_SIGNERS = ['client', 'guardian'] as const
export type ConsentSigner = (typeof CONSENT_SIGNERS)[number]

/**
 * What a counsellor records about a client. Notes (intake, session, risk, referral, closing) are
 * drafts until signed, then locked; consent, exception and addendum are final when recorded.
 */
export const NOTE_KINDS = ['intake', 'session', 'risk', 'referral', 'closing'] as const
export type NoteKind = (typeof NOTE_KINDS)[number]

export const RECORD_KINDS = [...NOTE_KINDS, 'consent', 'exception', 'addendum'] as const
export type CounsellingRecordKind = (typeof RECORD_KINDS)[number]

/** Kinds a counsellor creates directly (an addendum is made through `addAddendum`). */
export type CreatableKind = Exclude<CounsellingRecordKind, 'addendum'>

export const isNoteKind = (kind: string): kind is NoteKind => (NOTE_KINDS as readonly string[]).includes(kind)

export const isCreatableKind = (kind: string): kind is CreatableKind =>
  kind !== 'addendum' && (RECORD_KINDS as readonly string[]).includes(kind)
