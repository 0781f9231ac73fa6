export { LockScreen } from './LockScreen'
export { LoginScreen } from './LoginScreen'
export { SetupWizard, type SetupResult } from './SetupWizard/SetupWizard'
export { ChoosePasswordScreen } from './ChoosePasswordScreen'
