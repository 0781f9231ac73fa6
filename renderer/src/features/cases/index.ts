export { CaseDetailPage } from './CaseDetailPage'
export { CaseListPage } from './CaseListPage'
export { CaseRegisterPage } from './CaseRegisterPage'
export { forgetSearches } from './CaseListPage/search-memory'
