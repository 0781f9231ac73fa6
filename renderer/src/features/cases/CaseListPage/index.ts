export { CaseListPage } from './CaseListPage'
