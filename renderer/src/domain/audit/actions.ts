/** What the audit log records. Details never carry personal data: ids, counts and field names only. */

export const AUDIT_ACTIONS = [
  'workspace.setup',
  'auth.login',
  'auth.logout',
  'auth.login-failed',
  'auth.lock',
  'auth.unlock',
  // A page the signed-in roles may not open (a reload kept its address): the area and permission.
  'access.denied',
  'case.view',
  'case.create',
  'case.update',
  'case.delete',
  'person.view',
  'person.update',
  'document.generate',
  'export.create',
  // Export bundles and the district side: ids, counts, periods and fingerprints only.
  'export.receipt',
  'export.certificate',
  'district.import',
  'district.import-refused',
  'district.room-register',
  'district.room-remove',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.password-reset',
  'user.password-change',
  'settings.update',
  'audit.verify',
  'audit.export',
  // Statistics: screening rounds, 零上报 and statutory-table downloads (periods and counts only).
  'statistics.screening-create',
  'statistics.screening-update',
  'statistics.screening-delete',
  'statistics.zero-report',
  'statistics.export',
  // Counselling: ids and action names only; an exception names its ground code, never content.
  'counselling.client-create',
  'counselling.client-view',
  'counselling.client-update',
  'counselling.client-close',
  'counselling.note-create',
  'counselling.note-update',
  'counselling.note-sign',
  'counselling.addendum',
  'counselling.exception',
  'counselling.purge',
  'counselling.transfer',
  'counselling.export',
  'referral.create',
  'referral.accept',
  'referral.decline',
  // Agreements and the organisation's seal and certificate: ids, case numbers, versions, hashes.
  'agreement.create',
  'agreement.sign',
  'agreement.unsign',
  'agreement.handover',
  'agreement.effective',
  'agreement.supersede',
  'agreement.download',
  'seal.apply',
  'seal.import',
  'signing.identity-create',
  'signing.identity-import',
  'document.verify',
  'security.grant-upkeep',
  // Backups: made, verified, restored (sizes and counts, never contents).
  'backup.create',
  'backup.verify',
  'backup.restore',
  // The workspace in readable form (an administrator; the way they proved it, counts and size).
  'backup.export',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  seq: number
  at: string
  actorId: string
  actorName: string
  action: AuditAction
  targetType: string
  targetId: string
  details: Record<string, string | number | boolean | string[]>
  /**
   * The sealed rows this change wrote, `table/key` → version (revision and IV fingerprint; '0':
   * deleted), when it wrote any: what the check of rows against the chain compares with
   * (data/audit/row-revisions.ts).
   */
  rows?: Record<string, string>
  prevHash: string
  hash: string
}

/**
 * What a check of the chain found. `modified`, `removed`, `reordered`: the chain does not hold
 * together at `brokenAt`. Against the anchors kept outside the database: `truncated` — entries were
 * cut off the end (an anchor names a later entry than the chain has); `rechained` — the chain holds
 * together but is not the one anchored at `brokenAt` (entries were removed or changed and the rest
 * hashed again). `pending-missing`: failed logins that were confirmed as chained are not in it.
 * `rolled-back`: the chain holds, but sealed rows are not the revision it last recorded for them (an
 * older ciphertext copied back, a row deleted or put back outside the app); `brokenAt` is the entry
 * that recorded the first such row.
 */
export type AuditVerification =
  | { ok: true; count: number; head: string; anchored: number }
  | {
      ok: false
      count: number
      brokenAt: number
      reason:
        'modified' | 'removed' | 'reordered' | 'truncated' | 'rechained' | 'pending-missing' | 'rolled-back'
      /** For `pending-missing`: main's numbers of the failed logins that are not in the chain. */
      missing?: number[]
      /** For `rolled-back`: the first rows (`table/key`) that are not the version the chain last recorded, and how many there are. */
      rows?: string[]
      total?: number
    }

/** The hash of the empty chain, so the first entry has a prevHash too. */
export const GENESIS_HASH = '0'.repeat(64)

const sortedEntries = <V>(o: Record<string, V>): [string, V][] =>
  Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** A sealed row as an entry's `rows` names it: `table/key`. */
export const rowName = (table: string, key: unknown): string => `${table}/${String(key)}`

/** The table and key of a `rowName`. */
export function splitRowName(row: string): { table: string; key: string } {
  const cut = row.indexOf('/')
  return { table: row.slice(0, cut), key: row.slice(cut + 1) }
}

/** The exact bytes the keyed hash covers: every field but the hash itself, in a fixed order. */
export function auditHashInput(e: Omit<AuditEntry, 'hash'>): string {
  return JSON.stringify([
    e.seq,
    e.at,
    e.actorId,
    e.actorName,
    e.action,
    e.targetType,
    e.targetId,
    sortedEntries(e.details),
    e.prevHash,
    // Entries made before rows were recorded hash as they always did.
    ...(e.rows ? [sortedEntries(e.rows)] : []),
  ])
}

/** RFC 4180 CSV of audit entries, for administrators to hand over. */
export function auditCsv(entries: AuditEntry[], header: string[]): string {
  const cell = (v: string | number) => {
    const s = String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  const rows = entries.map((e) =>
    [e.seq, e.at, e.actorName, e.action, e.targetType, e.targetId, JSON.stringify(e.details), e.hash]
      .map(cell)
      .join(','),
  )
  return `\uFEFF${[header.map(cell).join(','), ...rows].join('\r\n')}\r\n`
}
