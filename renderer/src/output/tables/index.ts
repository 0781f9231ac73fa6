/** The statutory statistics table as a document: its model, XLSX and PDF. */
export {
  chinesePeriod,
  formatValue,
  rosterDocument,
  statutoryDocument,
  statutoryWorkbook,
} from './statutory-document'
export type {
  HeaderCell,
  RosterDocument,
  StatutoryDocument,
  StatutoryMeta,
  StatutoryWorkbook,
} from './statutory-document'
export { statutoryXlsx } from './xlsx'
export { statutoryPdf } from './pdf'
