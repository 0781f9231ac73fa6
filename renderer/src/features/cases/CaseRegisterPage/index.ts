export { CaseRegisterPage } from './CaseRegisterPage'
