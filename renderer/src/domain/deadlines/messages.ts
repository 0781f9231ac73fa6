/**
 * Validation messages of deadline rules and the holiday calendar: i18n keys (translated in
 * `i18n/sections/deadlines.ts`, under `deadlineValidation`), never prose.
 */
export const DEADLINE_MSG = {
  date: 'deadlineValidation.date',
  notWeekend: 'deadlineValidation.notWeekend',
  bothOffAndWorking: 'deadlineValidation.bothOffAndWorking',
  tooManyDates: 'deadlineValidation.tooManyDates',
  length: 'deadlineValidation.length',
  lengthMonths: 'deadlineValidation.lengthMonths',
  ruleId: 'deadlineValidation.ruleId',
  duplicateRule: 'deadlineValidation.duplicateRule',
  sectorOnlyAdministrative: 'deadlineValidation.sectorOnlyAdministrative',
  procedureOnlyEntrusted: 'deadlineValidation.procedureOnlyEntrusted',
  choice: 'deadlineValidation.choice',
} as const
export type DeadlineMessageKey = (typeof DEADLINE_MSG)[keyof typeof DEADLINE_MSG]
