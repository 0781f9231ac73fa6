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

/** 防止民转刑, 防止自杀, 防止群体性事件, 防止群体性上访 — each counted in 件 and 人. */
export const PREVENTION_FLAGS = ['criminal', 'suicide', 'mass-incident', 'mass-petition'] as const
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
  'visited',
] as const satisfies readonly CaseStatus[]

export function isOpen(status: CaseStatus): boolean {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(status)
}
