/** An unlocked session: who is working, and the keys their password opened. Dropped on lock. */
import type { Role } from '../../domain/auth/roles'
import type { Keyring } from '../crypto/keyring'

export interface SessionUser {
  id: string
  username: string
  displayName: string
  roles: Role[]
}

export interface Session {
  user: SessionUser
  keyring: Keyring
  /** Only for counsellors: their own key for counselling records. */
  counsellingKey: CryptoKey | null
}

export type AuthErrorCode =
  | 'invalid-credentials'
  | 'throttled'
  | 'disabled'
  | 'already-set-up'
  | 'username-taken'
  | 'recovery-key-wrong'
  | 'wrong-password'
  | 'last-admin'
  | 'self'
  | 'not-found'

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    readonly retryAfterSeconds = 0,
  ) {
    super(`auth: ${code}`)
    this.name = 'AuthError'
  }
}

export class LockedError extends Error {
  constructor() {
    super('workspace is locked')
    this.name = 'LockedError'
  }
}
