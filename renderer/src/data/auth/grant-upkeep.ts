/**
 * What an administrator's session does at login for the other accounts: an account that has made
 * its box key since its grant was signed gets a grant naming that key (taken as the account's own
 * from then on), and an administrator without a copy of the signing key gets one sealed to the box
 * key its grant names. Accounts whose grant does not hold are left alone: only their login fails.
 */
import type { AuditLog } from '../audit/audit-log'
import { exportPkcs8 } from '../crypto/admin-signing'
import { sealBox } from '../crypto/boxes'
import { fromBase64 } from '../crypto/bytes'
import type { MediationDb, UserRow } from '../schema'
import { recordGrant, signNextGrant } from './admin-key'
import { boxFingerprint, checkGrant } from './grants'
import { adminBoxLabel } from './open-session'
import type { Session } from './session'

export async function grantUpkeep(
  db: MediationDb,
  session: Session,
  audit: AuditLog,
  now: Date,
): Promise<number> {
  const { adminKey, keeper, workspaceId } = session
  if (!adminKey) return 0
  const pinned = await keeper.adminKey(workspaceId)
  if (!pinned) return 0
  const publicKey = fromBase64(pinned)
  const updates: { id: string; changes: Partial<UserRow> }[] = []
  let pkcs8: Uint8Array | null = null
  try {
    for (const row of await db.users.toArray()) {
      const grant = await checkGrant(publicKey, row.grant, row, workspaceId)
      if (!grant || grant.disabled) continue
      const changes: Partial<UserRow> = {}
      let box = grant.box
      if (box === '' && row.boxPublicKey) {
        changes.grant = await signNextGrant({
          keeper,
          adminKey,
          workspaceId,
          row,
          roles: grant.roles,
          disabled: false,
          issuedBy: session.user.id,
          now,
        })
        box = await boxFingerprint(row.boxPublicKey)
      }
      const needsCopy = grant.roles.includes('admin') && !row.adminKey && !row.adminKeyBox
      if (needsCopy && row.boxPublicKey && box !== '' && (await boxFingerprint(row.boxPublicKey)) === box) {
        pkcs8 ??= await exportPkcs8(adminKey)
        changes.adminKeyBox = await sealBox(row.boxPublicKey, pkcs8, adminBoxLabel(row.id))
      }
      if (Object.keys(changes).length) updates.push({ id: row.id, changes })
    }
  } finally {
    pkcs8?.fill(0)
  }
  if (updates.length === 0) return 0
  await audit.commit([db.users], async () => ({
    entry: {
      actor: session.user,
      action: 'security.grant-upkeep',
      target: { type: 'user', id: '' },
      details: { accounts: updates.length },
    },
    write: async () => {
      for (const u of updates) await db.users.update(u.id, u.changes)
    },
  }))
  for (const u of updates) if (u.changes.grant) await recordGrant(keeper, workspaceId, u.changes.grant)
  return updates.length
}
