export { AgreementCard, SealQueue } from './agreement'
export { CaseDocumentsCard } from './CaseDocumentsCard'
export { DocumentsPage } from './DocumentsPage'
export { DocumentFontsProvider } from './fonts'
