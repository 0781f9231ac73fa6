/**
 * The fixed vocabularies of a case. Codes are stored; labels come from i18n (`disputeType.<code>` …),
 * so the stored data never depends on the display language.
 */

/** DOMAIN.md "Statistics reported upward": the dispute types reported to the district. */
export const DISPUTE_TYPES = [
  'marriage-family',
  'neighbourhood',
  'housing-homestead',
  'contract',
  'production-business',
  'damages',
  'forest-land',
  'land-acquisition',
  'environment',
  'labour',
  'consumer',
  'medical',
  'traffic',
  'property-management',
  'other',
] as const
export type DisputeType = (typeof DISPUTE_TYPES)[number]

/** 案件来源 */
export const CASE_SOURCES = [
  'party-application',
  'proactive',
  'grid-report',
  'police-transfer',
  'court-referral',
  'government-assigned',
] as const
export type CaseSource = (typeof CASE_SOURCES)[number]

/** The three kinds of mediation; court-linked mediation is split into 委派 and 委托. */
export const MEDIATION_KINDS = ['people', 'administrative', 'court-delegated', 'court-entrusted'] as const
export type MediationKind = (typeof MEDIATION_KINDS)[number]

/** Lifecycle states (DOMAIN.md "Case lifecycle"); the transitions between them are a workflow concern. */
export const CASE_STATUSES = [
  'registered',
  'accepted',
  'rejected',
  'notified',
  'investigating',
  'mediating',
  'agreed',
  'performing',
  'urging',
  'visited',
  'closed',
  'terminated',
  'archived',
] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const PARTY_ROLES = ['applicant', 'respondent', 'third-party'] as const
export type PartyRole = (typeof PARTY_ROLES)[number]

export const ID_DOCUMENT_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
  'other',
] as const
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number]

export const GENDERS = ['male', 'female'] as const
export type Gender = (typeof GENDERS)[number]

/** 行政调解 sectors, each with its own steps and deadlines. */
export const ADMIN_SECTORS = ['public-security', 'traffic', 'consumer', 'labour', 'land', 'other'] as const
export type AdminSector = (typeof ADMIN_SECTORS)[number]

/** 风险等级 红/橙/黄/绿 */
export const RISK_LEVELS = ['red', 'orange', 'yellow', 'green'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/**
 * 防止民转刑, 防止自杀, 防止群体性事件, 防止群体性械斗, 防止群体性上访 — each counted in 件 and 人.
 * 群体性械斗 is the bulletins' term; local forms use it beside (or instead of) 群体性事件.
 */
export const PREVENTION_FLAGS = [
  'criminal',
  'suicide',
  'mass-incident',
  'mass-fight',
  'mass-petition',
] as const
export type PreventionFlag = (typeof PREVENTION_FLAGS)[number]

/** Statuses in which a case is still being worked: deadlines run and it is in "my open cases". */
export const OPEN_STATUSES = [
  'registered',
  'accepted',
  'notified',
  'investigating',
  'mediating',
  'agreed',
  'performing',
  'urging',
  'visited',
] as const satisfies readonly CaseStatus[]

export function isOpen(status: CaseStatus): boolean {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(status)
}

/**
 * Statuses in which the mediation itself is still going on: it ends at agreement or termination
 * (人民调解法 Arts. 26, 28), and what runs after an agreement is its performance.
 */
export const MEDIATING_STATUSES = [
  'registered',
  'accepted',
  'notified',
  'investigating',
  'mediating',
] as const satisfies readonly CaseStatus[]

/** Statuses of an agreement being performed (履行中, 督促履行, 回访): performance is tracked. */
export const PERFORMANCE_STATUSES = [
  'agreed',
  'performing',
  'urging',
  'visited',
] as const satisfies readonly CaseStatus[]

export function isMediating(status: CaseStatus): boolean {
  return (MEDIATING_STATUSES as readonly CaseStatus[]).includes(status)
}

export function isPerforming(status: CaseStatus): boolean {
  return (PERFORMANCE_STATUSES as readonly CaseStatus[]).includes(status)
}

/** 委托调解: the court's procedure (普通程序 / 简易程序), which sets the default limit. */
export const COURT_PROCEDURES = ['ordinary', 'simplified'] as const
export type CourtProcedure = (typeof COURT_PROCEDURES)[number]

/** A 调解协议 is written (协议书) or oral (口头协议, 人民调解法 Art. 28). */
export const AGREEMENT_FORMS = ['written', 'oral'] as const
export type AgreementForm = (typeof AGREEMENT_FORMS)[number]

/**
 * 司法确认 as states: none → applied → confirmed | rejected (驳回, 人民调解法 Art. 33, which reopens
 * the case for re-mediation or a new agreement, or the parties sue).
 */
export const CONFIRMATION_STATES = ['none', 'applied', 'confirmed', 'rejected'] as const
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number]

/** How far one agreed term is performed. */
export const TERM_PERFORMANCE = ['none', 'partial', 'full'] as const
export type TermPerformance = (typeof TERM_PERFORMANCE)[number]

/** How an agreed case was closed: 履行完毕, 未履行（告知后结案）, or returned to the police (治安). */
export const CLOSURES = ['performed', 'unperformed', 'returned-to-police'] as const
export type Closure = (typeof CLOSURES)[number]
