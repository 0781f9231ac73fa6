export { AuthGate } from './AuthGate'
