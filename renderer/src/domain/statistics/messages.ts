/**
 * Refusals of the statistics area: i18n keys (translated in `i18n/sections/statistics.*.ts`, under
 * `statisticsValidation`), never prose.
 */
export const STAT_MSG = {
  date: 'statisticsValidation.date',
  periodOrder: 'statisticsValidation.periodOrder',
  required: 'statisticsValidation.required',
  choice: 'statisticsValidation.choice',
  tooLong: 'statisticsValidation.tooLong',
  count: 'statisticsValidation.count',
  futureDate: 'statisticsValidation.futureDate',
  zeroReportHasCases: 'statisticsValidation.zeroReportHasCases',
  zeroReportAlreadyFiled: 'statisticsValidation.zeroReportAlreadyFiled',
  zeroReportNotStarted: 'statisticsValidation.zeroReportNotStarted',
  screeningNotFound: 'statisticsValidation.screeningNotFound',
} as const
export type StatMessageKey = (typeof STAT_MSG)[keyof typeof STAT_MSG]
