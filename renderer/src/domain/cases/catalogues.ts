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
