/**
 * Validation messages of counselling, as i18n keys (texts in i18n/sections/counselling.*.ts).
 * Kept apart from the shared MSG list so this capability owns its words.
 */
export const COUNSELLING_MSG = {
  riskOverall: 'counselling.validation.riskOverall',
  safetyPlan: 'counselling.validation.safetyPlan',
  noteEmpty: 'counselling.validation.noteEmpty',
  signature: 'counselling.validation.signature',
  consentText: 'counselling.validation.consentText',
  referralConsent: 'counselling.validation.referralConsent',
  retentionYears: 'counselling.validation.retentionYears',
  counsellor: 'counselling.validation.counsellor',
  consentFirst: 'counselling.validation.consentFirst',
  closed: 'counselling.validation.closed',
  signed: 'counselling.validation.signed',
  notSigned: 'counselling.validation.notSigned',
  referralState: 'counselling.validation.referralState',
} as const
export type CounsellingMessageKey = (typeof COUNSELLING_MSG)[keyof typeof COUNSELLING_MSG]
