export { AgreementCard, SealQueue } from './agreement'
export { CaseDocumentsCard } from './CaseDocumentsCard'
export { DocumentsPage } from './DocumentsPage'
export { bodyFontChanged, DocumentFontsProvider } from './fonts'
