/**
 * The administrators' key pinned in main, and what it lets through: role grants with rising
 * numbers, and short-lived admin grants. Keys and signatures are made with WebCrypto exactly as
 * the renderer makes them (ECDSA P-256, SHA-256, raw r‖s signatures).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAdminKeys } from '../../../main/security/admin-keys'

const WS = '8c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01'
const OTHER_WS = '1c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f02'
const b64 = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString('base64')

async function keyPair() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  const spki = b64(await crypto.subtle.exportKey('spki', pair.publicKey))
  const sign = async (bytes: Uint8Array) =>
    b64(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new Uint8Array(bytes)))
  const signJson = async (value: unknown) => {
    const bytes = new TextEncoder().encode(JSON.stringify(value))
    return { payload: b64(bytes), signature: await sign(bytes) }
  }
  return { spki, sign, signJson }
}

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-keys-'))
  path = join(dir, 'admin-keys.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('the pinned administrators key', () => {
  it('is pinned once; another key needs the old key’s endorsement', async () => {
    const keys = createAdminKeys(path)
    const first = await keyPair()
    const second = await keyPair()
    const stranger = await keyPair()
    expect(await keys.pin(WS, first.spki)).toEqual({ status: 'pinned' })
    expect(await keys.pin(WS, first.spki)).toEqual({ status: 'pinned' })
    expect(await keys.pin(WS, second.spki)).toEqual({ status: 'refused', reason: 'already-pinned' })
    const forged = await stranger.sign(Buffer.from(second.spki, 'base64'))
    expect(await keys.pin(WS, second.spki, forged)).toEqual({ status: 'refused', reason: 'bad-endorsement' })
    const endorsed = await first.sign(Buffer.from(second.spki, 'base64'))
    expect(await keys.pin(WS, second.spki, endorsed)).toEqual({ status: 'pinned' })
    expect(await createAdminKeys(path).get(WS)).toBe(second.spki)
    expect(await keys.get(OTHER_WS)).toBeNull()
  })

  it('refuses what is not a P-256 public key', async () => {
    const keys = createAdminKeys(path)
    expect(await keys.pin(WS, b64(new Uint8Array(91)))).toEqual({ status: 'refused', reason: 'bad-key' })
    const rsa = await crypto.subtle.generateKey(
      { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )
    const rsaSpki = b64(await crypto.subtle.exportKey('spki', rsa.publicKey))
    expect(await keys.pin(WS, rsaSpki)).toEqual({ status: 'refused', reason: 'bad-key' })
  })
})

describe('role grants', () => {
  it('keeps the highest grant of each account; an older or forged one is refused', async () => {
    const keys = createAdminKeys(path)
    const admin = await keyPair()
    const mediator = await keyPair()
    const grant = (seq: number) => ({ type: 'grant', workspaceId: WS, userId: 'u-1', seq, roles: ['admin'] })
    expect(await keys.recordGrant(WS, await admin.signJson(grant(1)))).toEqual({
      status: 'refused',
      reason: 'no-key',
    })
    await keys.pin(WS, admin.spki)
    expect(await keys.recordGrant(WS, await admin.signJson(grant(1)))).toEqual({ status: 'recorded', seq: 1 })
    expect(await keys.recordGrant(WS, await admin.signJson(grant(3)))).toEqual({ status: 'recorded', seq: 3 })
    expect(await keys.recordGrant(WS, await admin.signJson(grant(2)))).toEqual({
      status: 'refused',
      reason: 'stale',
    })
    expect(await keys.recordGrant(WS, await mediator.signJson(grant(9)))).toEqual({
      status: 'refused',
      reason: 'signature',
    })
    const otherWorkspace = await admin.signJson({ ...grant(9), workspaceId: OTHER_WS })
    expect(await keys.recordGrant(WS, otherWorkspace)).toEqual({ status: 'refused', reason: 'malformed' })
    expect(await createAdminKeys(path).latestGrant(WS, 'u-1')).toBe(3)
    expect(await keys.latestGrant(WS, 'u-2')).toBe(0)
  })

  it('a payload altered after signing is refused', async () => {
    const keys = createAdminKeys(path)
    const admin = await keyPair()
    await keys.pin(WS, admin.spki)
    const signed = await admin.signJson({
      type: 'grant',
      workspaceId: WS,
      userId: 'u-1',
      seq: 1,
      roles: ['mediator'],
    })
    const tampered = b64(
      new TextEncoder().encode(
        JSON.stringify({ type: 'grant', workspaceId: WS, userId: 'u-1', seq: 1, roles: ['admin'] }),
      ),
    )
    expect(await keys.recordGrant(WS, { ...signed, payload: tampered })).toEqual({
      status: 'refused',
      reason: 'signature',
    })
  })
})

describe('admin grants', () => {
  const NOW = new Date('2026-12-03T08:00:00Z')
  const token = (over: Record<string, unknown> = {}) => ({
    type: 'admin-grant',
    purpose: 'upload',
    workspaceId: WS,
    userId: 'u-1',
    issuedAt: '2026-12-03T07:00:00.000Z',
    expiresAt: '2026-12-03T15:00:00.000Z',
    ...over,
  })

  it('allows an unexpired grant for its purpose, signed with the pinned key', async () => {
    const keys = createAdminKeys(path)
    const admin = await keyPair()
    const mediator = await keyPair()
    await keys.pin(WS, admin.spki)
    const ok = { workspaceId: WS, token: await admin.signJson(token()) }
    expect(await keys.allows(ok, 'upload', NOW)).toBe(true)
    expect(await keys.allows(ok, 'backup', NOW)).toBe(false)
    expect(await keys.allows(ok, 'upload', new Date('2026-12-03T15:00:01Z'))).toBe(false)
    const forged = { workspaceId: WS, token: await mediator.signJson(token()) }
    expect(await keys.allows(forged, 'upload', NOW)).toBe(false)
    const tooLong = {
      workspaceId: WS,
      token: await admin.signJson(token({ expiresAt: '2026-12-05T07:00:00.000Z' })),
    }
    expect(await keys.allows(tooLong, 'upload', NOW)).toBe(false)
    const future = {
      workspaceId: WS,
      token: await admin.signJson(token({ issuedAt: '2026-12-03T09:00:00.000Z' })),
    }
    expect(await keys.allows(future, 'upload', NOW)).toBe(false)
    expect(await keys.allows({ workspaceId: OTHER_WS, token: ok.token }, 'upload', NOW)).toBe(false)
  })
})
