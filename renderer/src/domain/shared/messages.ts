/**
 * Validation messages are i18n keys, never prose: the domain stays language-free and the UI
 * translates (`t(key)`). Every key here has a zh-CN and an en text.
 */
export const MSG = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  residentIdFormat: 'validation.residentId.format',
  residentIdRegion: 'validation.residentId.region',
  residentIdBirthDate: 'validation.residentId.birthDate',
  residentIdChecksum: 'validation.residentId.checksum',
  residentIdMismatchBirth: 'validation.residentId.mismatchBirth',
  residentIdMismatchGender: 'validation.residentId.mismatchGender',
  creditCodeFormat: 'validation.creditCode.format',
  creditCodeAuthority: 'validation.creditCode.authority',
  creditCodeChecksum: 'validation.creditCode.checksum',
  phone: 'validation.phone',
  date: 'validation.date',
  futureDate: 'validation.futureDate',
  partiesMin: 'validation.partiesMin',
  partiesNeedBothSides: 'validation.partiesNeedBothSides',
  pattern: 'validation.casePattern',
  choice: 'validation.choice',
  username: 'validation.username',
  passwordShort: 'validation.passwordShort',
  passwordWeak: 'validation.passwordWeak',
  passwordMismatch: 'validation.passwordMismatch',
  rolesMin: 'validation.rolesMin',
  autoLock: 'validation.autoLock',
  recoveryKey: 'validation.recoveryKey',
  amount: 'validation.amount',
  amountNegative: 'validation.amountNegative',
  transitionNotAllowed: 'validation.transitionNotAllowed',
  recordsMissing: 'validation.recordsMissing',
  attachmentTooLarge: 'validation.attachmentTooLarge',
  attachmentType: 'validation.attachmentType',
  guardianRequired: 'validation.guardianRequired',
} as const
export type MessageKey = (typeof MSG)[keyof typeof MSG]
