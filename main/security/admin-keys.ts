/**
 * The administrators' public key of each workspace, pinned by main (userData/admin-keys.json), and
 * the newest role grant of every account. Role and status changes are signed with the
 * administrators' private key, which only administrators' passwords unwrap; main checks those
 * signatures itself (node:crypto) and keeps the highest grant number per account, so neither a
 * forged grant nor an older real one (from before a demotion or a disabling) is accepted again.
 * A pinned key changes only with the old key's signature over the new one.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import {
  ADMIN_GRANT_MAX_MS,
  type AdminGrantPurpose,
  type AdminKeyPinResult,
  type GrantRecordResult,
} from '../../preload/schemas/security'
import { jsonFile } from '../state/json-file'

export const ADMIN_KEYS_FILE = 'admin-keys.json'
/** Clocks differ a little between a signature's making and its checking. */
const CLOCK_SKEW_MS = 5 * 60 * 1000

const fileSchema = z.object({
  workspaces: z.record(
    z.string(),
    z.object({
      publicKey: z.string(),
      pinnedAt: z.string(),
      grants: z.record(z.string(), z.number().int().min(0)),
    }),
  ),
})
type KeysFile = z.output<typeof fileSchema>

export interface SignedPayload {
  payload: string
  signature: string
}

export interface AdminKeys {
  get(workspaceId: string): Promise<string | null>
  pin(workspaceId: string, publicKey: string, endorsement?: string): Promise<AdminKeyPinResult>
  recordGrant(workspaceId: string, grant: SignedPayload): Promise<GrantRecordResult>
  latestGrant(workspaceId: string, userId: string): Promise<number>
  /** True when `grant` is an administrator's unexpired permission for `purpose` in this workspace. */
  allows(
    grant: { workspaceId: string; token: SignedPayload },
    purpose: AdminGrantPurpose,
    now?: Date,
  ): Promise<boolean>
}

function p256Key(base64: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' })
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1'
      ? key
      : null
  } catch {
    return null
  }
}

function signedBy(key: KeyObject, data: Buffer, signatureBase64: string): boolean {
  try {
    return verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signatureBase64, 'base64'))
  } catch {
    return false
  }
}

/** The payload as JSON when `signed` carries a valid signature by `publicKey`, else null. */
export function openSigned(publicKey: string, signed: SignedPayload): Record<string, unknown> | null {
  const key = p256Key(publicKey)
  const bytes = Buffer.from(signed.payload, 'base64')
  if (!key || !signedBy(key, bytes, signed.signature)) return null
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

export function createAdminKeys(path: string): AdminKeys {
  const file = jsonFile(path, fileSchema, (): KeysFile => ({ workspaces: {} }))
  const keyOf = async (workspaceId: string) => (await file.read()).workspaces[workspaceId]?.publicKey ?? null

  return {
    get: keyOf,
    pin(workspaceId, publicKey, endorsement) {
      return file.update<AdminKeyPinResult>((f) => {
        if (!p256Key(publicKey)) return { next: f, result: { status: 'refused', reason: 'bad-key' } as const }
        const current = f.workspaces[workspaceId]
        if (current && current.publicKey !== publicKey) {
          const old = p256Key(current.publicKey)
          const endorsed =
            endorsement !== undefined &&
            old !== null &&
            signedBy(old, Buffer.from(publicKey, 'base64'), endorsement)
          if (!endorsed) {
            const reason = endorsement === undefined ? 'already-pinned' : 'bad-endorsement'
            return { next: f, result: { status: 'refused', reason } as const }
          }
        }
        f.workspaces[workspaceId] = {
          publicKey,
          pinnedAt: current?.publicKey === publicKey ? current.pinnedAt : new Date().toISOString(),
          grants: current?.grants ?? {},
        }
        return { next: f, result: { status: 'pinned' } as const }
      })
    },
    async recordGrant(workspaceId, grant) {
      const key = await keyOf(workspaceId)
      if (!key) return { status: 'refused', reason: 'no-key' }
      const payload = openSigned(key, grant)
      if (!payload) return { status: 'refused', reason: 'signature' }
      const { userId, seq } = payload
      if (
        payload.type !== 'grant' ||
        payload.workspaceId !== workspaceId ||
        typeof userId !== 'string' ||
        !Number.isInteger(seq)
      ) {
        return { status: 'refused', reason: 'malformed' }
      }
      return file.update<GrantRecordResult>((f) => {
        const ws = f.workspaces[workspaceId]
        if (!ws || ws.publicKey !== key)
          return { next: f, result: { status: 'refused', reason: 'no-key' } as const }
        if ((ws.grants[userId] ?? 0) >= (seq as number)) {
          return { next: f, result: { status: 'refused', reason: 'stale' } as const }
        }
        ws.grants[userId] = seq as number
        return { next: f, result: { status: 'recorded', seq: seq as number } as const }
      })
    },
    async latestGrant(workspaceId, userId) {
      return (await file.read()).workspaces[workspaceId]?.grants[userId] ?? 0
    },
    async allows(grant, purpose, now = new Date()) {
      const key = await keyOf(grant.workspaceId)
      if (!key) return false
      const p = openSigned(key, grant.token)
      if (!p || p.type !== 'admin-grant' || p.purpose !== purpose || p.workspaceId !== grant.workspaceId)
        return false
      const issued = typeof p.issuedAt === 'string' ? Date.parse(p.issuedAt) : NaN
      const expires = typeof p.expiresAt === 'string' ? Date.parse(p.expiresAt) : NaN
      if (!Number.isFinite(issued) || !Number.isFinite(expires)) return false
      return (
        issued <= now.getTime() + CLOCK_SKEW_MS &&
        expires > now.getTime() &&
        expires - issued <= ADMIN_GRANT_MAX_MS
      )
    },
  }
}
