/**
 * The only way to stored cases. Checks the caller's permission, seals the personal part through
 * the codec, keeps blind-index tokens for search, audits every view and change, and returns domain
 * types validated with zod. Composed of one module per concern, all sharing one CaseContext:
 * registration, reading and search, deadlines, records and workflow steps, attachments, bulk
 * import, and the sealing of v1 rows. How a case is stored is case-rows.ts.
 */
import { requirePermission, type Permission } from '../../../domain/auth/roles'
import { createCaseAttachments } from './case-attachments'
import { createCaseDeadlines, makeDeadlinesOf, makeDueDateOf } from './case-deadlines'
import { createCaseRefresh } from './case-refresh'
import { createCaseImport } from './case-import'
import { createCaseLegacy } from './case-legacy'
import { createCaseReading } from './case-reading'
import { createCaseRecords } from './case-records'
import { createCaseRegistration } from './case-registration'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'
import { newRowId } from '../../row-ids'

export type { CaseListQuery, CasePage, CaseRepository, CaseSortField, DeadlineRow } from './types'

export type CaseRepositoryDeps = Pick<
  CaseContext,
  'db' | 'codec' | 'indexer' | 'settings' | 'audit' | 'access'
> &
  Partial<Pick<CaseContext, 'now' | 'newId' | 'activeMediatorIds'>>

/** Without the users' directory: the roles and status rows keep (a copy of what their grants say). */
const storedActiveMediators = (db: CaseContext['db']) => async (): Promise<string[]> =>
  (await db.users.toArray()).filter((u) => u.roles.includes('mediator') && !u.disabled).map((u) => u.id)

export function createCaseRepository(deps: CaseRepositoryDeps): CaseRepository {
  const now = deps.now ?? (() => new Date())
  const deadlinesOf = makeDeadlinesOf(deps.settings, now)
  const ctx: CaseContext = {
    ...deps,
    now,
    newId: deps.newId ?? newRowId,
    activeMediatorIds: deps.activeMediatorIds ?? storedActiveMediators(deps.db),
    need: (p: Permission) => requirePermission(deps.access.roles, p),
    dueDateOf: makeDueDateOf(deadlinesOf),
    deadlinesOf,
  }
  return {
    ...createCaseRegistration(ctx),
    ...createCaseReading(ctx),
    ...createCaseDeadlines(ctx),
    ...createCaseRecords(ctx),
    ...createCaseAttachments(ctx),
    importDrafts: createCaseImport(ctx),
    ...createCaseLegacy(ctx),
    ...createCaseRefresh(ctx),
  }
}
