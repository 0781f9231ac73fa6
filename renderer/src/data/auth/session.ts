/** An unlocked session: who is working, and the keys their password opened. Dropped on lock. */
import type { Role } from '../../domain/auth/roles'
import type { Keyring } from '../crypto/keyring'
import type { Keeper } from '../keeper'

export interface SessionUser {
  id: string
  username: string
  displayName: string
  /** From the account's signed grant (or, before a signing key exists, the stored roles). */
  roles: Role[]
  /** An administrator issued the password (new account, reset): the person chooses their own first. */
  mustChangePassword?: boolean
}

export interface Session {
  user: SessionUser
  keyring: Keyring
  /** Only for counsellors: their own key for counselling records. */
  counsellingKey: CryptoKey | null
  /** Only for administrators who hold a copy: the administrators' signing key (grants). */
  adminKey: CryptoKey | null
  workspaceId: string
  /** What the app keeps outside the database (main process, or the browser build's twin). */
  keeper: Keeper
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
  /** The account's security fields do not hold together (edited outside the app). */
  | 'tampered'
  /** The database is not the one this PC's records describe. */
  | 'workspace-mismatch'
  /** An administrator's signature is needed, and this session holds no signing key. */
  | 'admin-key-missing'
  /** The password is too easy to guess. */
  | 'weak-password'

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
