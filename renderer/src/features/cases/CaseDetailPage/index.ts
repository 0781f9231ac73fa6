export { CaseDetailPage } from './CaseDetailPage'
