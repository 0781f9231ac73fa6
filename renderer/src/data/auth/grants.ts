/**
 * Role grants: an account's roles and status, signed with the administrators' signing key. Login
 * believes the grant, not the row's plain `roles` and `disabled`: a mediator who writes `admin`
 * into their own row, or `disabled: false` into a disabled one, breaks their login instead of
 * gaining power, because no session but an administrator's can sign. Each grant carries a number
 * that only rises; the keeper (main) remembers the newest of each account, so an older grant put
 * back (from before a demotion or a disabling) is refused too.
 */
import { z } from 'zod'
import { ROLES, type Role } from '../../domain/auth/roles'
import { openSignedJson, signJson, type Signed } from '../crypto/admin-signing'
import { toHex } from '../crypto/bytes'

export const grantSchema = z
  .object({
    type: z.literal('grant'),
    workspaceId: z.uuid(),
    userId: z.string().min(1),
    username: z.string().min(1),
    roles: z.array(z.enum(ROLES)),
    disabled: z.boolean(),
    /** SHA-256 (hex) of the account's box public key, '' when it had none when signed. */
    box: z.string(),
    seq: z.number().int().min(1),
    issuedAt: z.string(),
    issuedBy: z.string(),
  })
  .strict()
export type Grant = z.output<typeof grantSchema>

export async function boxFingerprint(publicKey: Uint8Array | undefined): Promise<string> {
  if (!publicKey) return ''
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(publicKey))))
}

export function signGrant(adminKey: CryptoKey, grant: Omit<Grant, 'type'>): Promise<Signed> {
  return signJson(adminKey, { type: 'grant', ...grant } satisfies Grant)
}

/**
 * The grant when it is signed by `publicKey` and belongs to this account of this workspace, else
 * null. Never throws.
 */
export async function checkGrant(
  publicKey: Uint8Array,
  signed: Signed | undefined,
  account: { id: string; username: string },
  workspaceId: string,
): Promise<Grant | null> {
  if (!signed) return null
  const payload = await openSignedJson(publicKey, signed)
  const grant = grantSchema.safeParse(payload)
  if (!grant.success) return null
  const g = grant.data
  return g.userId === account.id && g.username === account.username && g.workspaceId === workspaceId
    ? g
    : null
}

/** A short-lived permission an administrator's session signs for main (upload settings, backup folder, PDF body font). */
export function signAdminGrant(
  adminKey: CryptoKey,
  input: {
    purpose: 'upload' | 'backup' | 'fonts'
    workspaceId: string
    userId: string
    now: Date
    hours: number
  },
): Promise<Signed> {
  return signJson(adminKey, {
    type: 'admin-grant',
    purpose: input.purpose,
    workspaceId: input.workspaceId,
    userId: input.userId,
    issuedAt: new Date(input.now.getTime() - 1000).toISOString(),
    expiresAt: new Date(input.now.getTime() + input.hours * 3_600_000).toISOString(),
  })
}

export const hasRole = (roles: readonly Role[], role: Role) => roles.includes(role)
