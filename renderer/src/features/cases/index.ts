export { CaseDetailPage } from './CaseDetailPage'
export { CaseListPage } from './CaseListPage'
export { CaseRegisterPage } from './CaseRegisterPage'
