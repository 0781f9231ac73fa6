/** What the pieces of the agreement repository share: the acting user, the stores and the clocks. */
import type { Permission, Role } from '../../../domain/auth/roles'
import { ValidationError } from '../../../domain/shared/errors'
import type { Actor, AuditLog, AuditTarget } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow, MediationDb } from '../../schema'
import type { OrgIdentityStore } from './org-identity'
import type { SigningPort } from './signing-port'

export interface AgreementContext {
  db: MediationDb
  codec: RecordCodec
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  /** The acting user's display name, written beside the seal they apply. */
  actorName: string
  store: OrgIdentityStore
  now: () => Date
  newId: () => string
  need: (p: Permission) => void
  /** The nearest running deadline of a case as it now stands ('' when none). */
  dueDateOf: (row: CaseRow) => Promise<string>
  /** The signing code, or SigningUnavailableError when the app runs without it. */
  needPort: () => SigningPort
  target: (a: { id: string }) => AuditTarget
}

export const refuse = (message: string, path = 'agreement'): never => {
  throw new ValidationError([{ path, message }])
}
