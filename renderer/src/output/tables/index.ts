/** The statutory statistics table as a document: its model, XLSX and PDF. */
export { chinesePeriod, formatValue, statutoryDocument } from './statutory-document'
export type { HeaderCell, StatutoryDocument, StatutoryMeta } from './statutory-document'
export { statutoryXlsx } from './xlsx'
export { statutoryPdf } from './pdf'
