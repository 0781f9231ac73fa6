export { LockScreen } from './LockScreen'
export { LoginScreen } from './LoginScreen'
// The setup wizard itself is loaded on first use by app/AuthGate (it is not part of the first screen).
export type { SetupResult } from './SetupWizard/SetupWizard'
