/**
 * Which workspace this database is, and whom it trusts: its id (made at setup, or at the first
 * login after an upgrade), the administrators' public key kept in the vault (so a backup restored
 * on another PC carries it), and what the keeper holds for it. The keeper's pin is what counts:
 * the vault copy is taken only on a PC whose keeper holds nothing for this workspace yet.
 */
import { fromBase64, toBase64 } from '../crypto/bytes'
import type { Keeper } from '../keeper'
import type { MediationDb } from '../schema'

export const WORKSPACE_ID_KEY = 'workspace:id'
export const ADMIN_PUBLIC_KEY_ID = 'admin:public-key'
export const RECOVERY_ADMIN_KEY_ID = 'recovery:admin-key'

export async function readWorkspaceId(db: MediationDb): Promise<string | null> {
  const value = (await db.settings.get(WORKSPACE_ID_KEY))?.value
  return typeof value === 'string' ? value : null
}

/** The workspace's id, made now if this database has none yet (an older version's). */
export async function ensureWorkspaceId(db: MediationDb): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await readWorkspaceId(db)
    if (existing) return existing
    const id = crypto.randomUUID()
    await db.settings.put({ key: WORKSPACE_ID_KEY, value: id })
    return id
  })
}

export type Trust =
  /** Grants are checked against this key. */
  | { mode: 'signed'; publicKey: Uint8Array }
  /** No signing key exists yet (a workspace from before it existed): the row's roles, until the first administrator login makes one. */
  | { mode: 'unsigned' }
  /** The keeper knows another workspace on this PC, and nothing of this one: the database is not what it was. */
  | { mode: 'mismatch' }

export async function trustFor(db: MediationDb, keeper: Keeper, workspaceId: string): Promise<Trust> {
  const pinned = await keeper.adminKey(workspaceId)
  if (pinned) return { mode: 'signed', publicKey: fromBase64(pinned) }
  const record = await keeper.workspaceRecord()
  if (record && record.workspaceId !== workspaceId) return { mode: 'mismatch' }
  const vault = (await db.vault.get(ADMIN_PUBLIC_KEY_ID))?.publicKey
  if (vault) {
    // This PC holds nothing for this workspace yet (a new PC, a restore): its own key is taken.
    const pin = await keeper.pinAdminKey(workspaceId, toBase64(vault))
    if (pin.status === 'pinned') return { mode: 'signed', publicKey: vault }
    return { mode: 'mismatch' }
  }
  return { mode: 'unsigned' }
}
