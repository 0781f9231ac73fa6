/**
 * An administrators' key pinned in a temporary main store, and grants signed with it exactly as
 * the renderer signs them (WebCrypto ECDSA P-256), for tests of channels that need one.
 */
import { join } from 'node:path'
import { createAdminKeys, type AdminKeys } from '../../../main/security/admin-keys'

export const TEST_WORKSPACE = '8c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01'
const b64 = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString('base64')

export interface TestAdmin {
  keys: AdminKeys
  grant(
    purpose: 'upload' | 'backup' | 'fonts',
    hours?: number,
  ): Promise<{ workspaceId: string; token: { payload: string; signature: string } }>
  /** A grant of the same shape signed by a key main does not know. */
  forged(
    purpose: 'upload' | 'backup' | 'fonts',
  ): Promise<{ workspaceId: string; token: { payload: string; signature: string } }>
}

async function signer() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  return {
    spki: b64(await crypto.subtle.exportKey('spki', pair.publicKey)),
    async token(purpose: string, hours: number) {
      const now = Date.now()
      const payload = new TextEncoder().encode(
        JSON.stringify({
          type: 'admin-grant',
          purpose,
          workspaceId: TEST_WORKSPACE,
          userId: 'admin-1',
          issuedAt: new Date(now - 1000).toISOString(),
          expiresAt: new Date(now + hours * 3_600_000).toISOString(),
        }),
      )
      const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, payload)
      return { workspaceId: TEST_WORKSPACE, token: { payload: b64(payload), signature: b64(signature) } }
    },
  }
}

export async function testAdmin(dir: string): Promise<TestAdmin> {
  const keys = createAdminKeys(join(dir, 'admin-keys.json'))
  const admin = await signer()
  const stranger = await signer()
  await keys.pin(TEST_WORKSPACE, admin.spki)
  return {
    keys,
    grant: (purpose, hours = 8) => admin.token(purpose, hours),
    forged: (purpose) => stranger.token(purpose, 8),
  }
}
