/**
 * The browser build's twin of what main keeps (data/keeper.ts), in the page's localStorage — a
 * store apart from IndexedDB, with main's rules: the throttle counts per account, failed attempts
 * are numbered and kept until acknowledged, anchors only go up, a pinned administrators' key
 * changes only with the old key's endorsement, grants are checked against it (WebCrypto ECDSA)
 * and only newer ones are kept. It guards against edits of the database, not against someone who
 * edits localStorage too: that is what the desktop app's main process is for.
 */
import {
  loginDelaySeconds,
  type PendingLoginFailure,
  type AuditAnchor,
  type Keeper,
  type PendingFailures,
  type SignedPayload,
  type ThrottleState,
  type WorkspaceRecord,
} from '../../../preload/contract'

export const PAGE_KEEPER_KEY = 'mediation-room:kept'

interface Kept {
  accounts: Record<string, { failures: number; lastFailureAt: string }>
  pending: PendingLoginFailure[]
  /** The key of the typed-name hash (random, made once). */
  nameKey: string
  lastSeq: number
  ackedUpTo: number
  anchors: AuditAnchor[]
  workspaces: Record<string, { publicKey: string; grants: Record<string, number> }>
  record: WorkspaceRecord | null
}

const empty = (): Kept => ({
  accounts: {},
  pending: [],
  nameKey: '',
  lastSeq: 0,
  ackedUpTo: 0,
  anchors: [],
  workspaces: {},
  record: null,
})

const b64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0))

/** The same keyed hash of a typed name as main's (login-throttle.ts): HMAC-SHA256, 16 hex. */
async function nameHashOf(nameKey: string, name: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', b64(nameKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  const mac = new Uint8Array(
    await crypto.subtle.sign(
      'HMAC',
      key,
      new TextEncoder().encode(name.trim().toLowerCase().normalize('NFKC')),
    ),
  )
  return Array.from(mac.slice(0, 8), (x) => x.toString(16).padStart(2, '0')).join('')
}
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const

async function verifies(publicKey: string, data: Uint8Array, signature: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('spki', b64(publicKey), ECDSA, false, ['verify'])
    return await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      b64(signature),
      data as BufferSource,
    )
  } catch {
    return false
  }
}

async function isP256(publicKey: string): Promise<boolean> {
  try {
    await crypto.subtle.importKey('spki', b64(publicKey), ECDSA, false, ['verify'])
    return true
  } catch {
    return false
  }
}

export function createPageKeeper(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  now: () => Date = () => new Date(),
): Keeper {
  const read = (): Kept => {
    let kept: Kept
    try {
      kept = { ...empty(), ...(JSON.parse(storage.getItem(PAGE_KEEPER_KEY) ?? '{}') as Partial<Kept>) }
    } catch {
      kept = empty()
    }
    if (!kept.nameKey) {
      const raw = crypto.getRandomValues(new Uint8Array(32))
      kept.nameKey = btoa(String.fromCharCode(...raw))
    }
    return kept
  }
  const accountOf = async (k: Kept, userId: string, name: string) =>
    userId || `name:${await nameHashOf(k.nameKey, name)}`
  const write = (k: Kept) => storage.setItem(PAGE_KEEPER_KEY, JSON.stringify(k))
  const stateOf = (k: Kept, account: string): ThrottleState => {
    const e = k.accounts[account]
    if (!e) return { waitSeconds: 0, failures: 0 }
    const wait = loginDelaySeconds(e.failures)
    const since = (now().getTime() - Date.parse(e.lastFailureAt)) / 1000
    return { waitSeconds: wait > 0 && since < wait ? Math.ceil(wait - since) : 0, failures: e.failures }
  }
  const view = (k: Kept): PendingFailures => ({
    entries: k.pending.filter((p) => p.seq > k.ackedUpTo),
    ackedUpTo: k.ackedUpTo,
    lastSeq: k.lastSeq,
  })

  return {
    where: 'page',
    async throttle(userId, name) {
      const k = read()
      return stateOf(k, await accountOf(k, userId, name))
    },
    async failure({ userId, name, reason, at }) {
      const k = read()
      const account = await accountOf(k, userId, name)
      const entry = { reason, userId, nameHash: await nameHashOf(k.nameKey, name), at }
      if (entry.reason !== 'throttled') {
        k.accounts[account] = {
          failures: (k.accounts[account]?.failures ?? 0) + 1,
          lastFailureAt: now().toISOString(),
        }
      }
      k.lastSeq += 1
      k.pending.push({ ...entry, seq: k.lastSeq })
      write(k)
      return stateOf(k, account)
    },
    async success(userId) {
      const k = read()
      delete k.accounts[userId]
      write(k)
    },
    pending: async () => view(read()),
    async ackPending(upTo) {
      const k = read()
      k.ackedUpTo = Math.max(k.ackedUpTo, Math.min(upTo, k.lastSeq))
      k.pending = k.pending.filter((p) => p.seq > k.ackedUpTo)
      write(k)
      return view(k)
    },
    async checkpoint(seq, hash) {
      const k = read()
      const last = k.anchors.at(-1)
      if (last && seq < last.seq) return { status: 'refused', reason: 'lower', last }
      if (last && seq === last.seq) {
        return last.hash === hash
          ? { status: 'anchored', anchor: last }
          : { status: 'refused', reason: 'conflict', last }
      }
      const anchor = { seq, hash, at: now().toISOString() }
      k.anchors.push(anchor)
      write(k)
      return { status: 'anchored', anchor }
    },
    anchors: async () => read().anchors,
    adminKey: async (workspaceId) => read().workspaces[workspaceId]?.publicKey ?? null,
    async pinAdminKey(workspaceId, publicKey, endorsement) {
      if (!(await isP256(publicKey))) return { status: 'refused', reason: 'bad-key' }
      const k = read()
      const current = k.workspaces[workspaceId]
      if (current && current.publicKey !== publicKey) {
        if (endorsement === undefined) return { status: 'refused', reason: 'already-pinned' }
        if (!(await verifies(current.publicKey, b64(publicKey), endorsement))) {
          return { status: 'refused', reason: 'bad-endorsement' }
        }
      }
      k.workspaces[workspaceId] = { publicKey, grants: current?.grants ?? {} }
      write(k)
      return { status: 'pinned' }
    },
    async recordGrant(workspaceId, grant: SignedPayload) {
      const k = read()
      const ws = k.workspaces[workspaceId]
      if (!ws) return { status: 'refused', reason: 'no-key' }
      const bytes = b64(grant.payload)
      if (!(await verifies(ws.publicKey, bytes, grant.signature)))
        return { status: 'refused', reason: 'signature' }
      let payload: { type?: unknown; workspaceId?: unknown; userId?: unknown; seq?: unknown }
      try {
        payload = JSON.parse(new TextDecoder().decode(bytes)) as typeof payload
      } catch {
        return { status: 'refused', reason: 'malformed' }
      }
      const { userId, seq } = payload
      if (
        payload.type !== 'grant' ||
        payload.workspaceId !== workspaceId ||
        typeof userId !== 'string' ||
        !Number.isInteger(seq)
      ) {
        return { status: 'refused', reason: 'malformed' }
      }
      if ((ws.grants[userId] ?? 0) >= (seq as number)) return { status: 'refused', reason: 'stale' }
      ws.grants[userId] = seq as number
      write(k)
      return { status: 'recorded', seq: seq as number }
    },
    latestGrant: async (workspaceId, userId) => read().workspaces[workspaceId]?.grants[userId] ?? 0,
    workspaceRecord: async () => read().record,
    async putWorkspaceRecord(record) {
      const k = read()
      k.record = record
      write(k)
    },
    async clearWorkspaceRecord(workspaceId) {
      const k = read()
      if (k.record?.workspaceId === workspaceId) k.record = null
      write(k)
    },
  }
}

/** localStorage, or a Map when a page has none (tests in Node). */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>()
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) }
}
