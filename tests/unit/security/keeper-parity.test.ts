/**
 * The browser build's twin (platform/page-keeper) keeps what main keeps by main's rules: the same
 * scenario runs on both — main's real stores in a temporary userData, reached through the same
 * adapter the renderer uses (platform/main-keeper over the IPC handlers) — and both must answer alike.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeSecurityHandlers } from '../../../main/ipc/handlers/security'
import { createAdminKeys } from '../../../main/security/admin-keys'
import { createAuditAnchors } from '../../../main/security/audit-anchors'
import { createLoginThrottle } from '../../../main/security/login-throttle'
import { createWorkspaceRecordStore } from '../../../main/state/workspace-record'
import type { DesktopApi, Keeper } from '../../../preload/contract'
import { createMainKeeper } from '../../../renderer/src/platform/main-keeper'
import { createPageKeeper, memoryStorage } from '../../../renderer/src/platform/page-keeper'

const WS = '8c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01'
const b64 = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString('base64')
const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

async function mainKeeper(): Promise<Keeper> {
  const dir = await mkdtemp(join(tmpdir(), 'keeper-'))
  dirs.push(dir)
  const handlers = makeSecurityHandlers({
    throttle: createLoginThrottle(join(dir, 'a.json')),
    anchors: createAuditAnchors(join(dir, 'b.jsonl')),
    adminKeys: createAdminKeys(join(dir, 'c.json')),
    workspaceRecord: createWorkspaceRecordStore(join(dir, 'd.json')),
  })
  const ctx = { sender: {} as never }
  const api = Object.fromEntries(
    Object.entries(handlers).map(([op, h]) => [
      op,
      (req: never) => (h as (r: never, c: typeof ctx) => unknown)(req, ctx),
    ]),
  ) as unknown as DesktopApi
  return createMainKeeper(api)
}

async function scenario(keeper: Keeper) {
  const log: unknown[] = []
  const failure = (reason: 'wrong-password' | 'throttled') =>
    keeper.failure({ userId: 'u-1', name: 'mediator', reason, at: '2026-12-03T08:00:00.000Z' })
  for (let i = 0; i < 4; i++) log.push((await failure('wrong-password')).failures)
  log.push((await failure('throttled')).failures)
  log.push((await keeper.pending()).entries.map((e) => [e.seq, e.reason, e.nameHash.length]))
  log.push(await keeper.ackPending(3))
  await keeper.success('u-1')
  log.push(await keeper.throttle('u-1', 'mediator'))
  await keeper.failure({ userId: '', name: 'Nobody', reason: 'unknown-user', at: '2026-12-03T08:00:00.000Z' })
  log.push((await keeper.throttle('', ' nobody ')).failures)
  for (const [seq, h] of [
    [5, 'a'],
    [3, 'b'],
    [5, 'c'],
    [5, 'a'],
    [9, 'd'],
  ] as const) {
    const r = await keeper.checkpoint(seq, h.repeat(64))
    log.push(r.status === 'refused' ? [r.status, r.reason] : [r.status, r.anchor.seq])
  }
  log.push((await keeper.anchors()).map((a) => a.seq))
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  const spki = b64(await crypto.subtle.exportKey('spki', pair.publicKey))
  const otherSpki = b64(await crypto.subtle.exportKey('spki', other.publicKey))
  log.push(await keeper.pinAdminKey(WS, spki))
  log.push(await keeper.pinAdminKey(WS, otherSpki))
  const sign = async (key: CryptoKey, value: unknown) => {
    const bytes = new TextEncoder().encode(JSON.stringify(value))
    return {
      payload: b64(bytes),
      signature: b64(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes)),
    }
  }
  const grant = (seq: number) => ({ type: 'grant', workspaceId: WS, userId: 'u-1', seq })
  log.push(await keeper.recordGrant(WS, await sign(pair.privateKey, grant(2))))
  log.push(await keeper.recordGrant(WS, await sign(pair.privateKey, grant(1))))
  log.push(await keeper.recordGrant(WS, await sign(other.privateKey, grant(7))))
  log.push(await keeper.latestGrant(WS, 'u-1'))
  const endorsement = b64(
    await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      pair.privateKey,
      Buffer.from(otherSpki, 'base64'),
    ),
  )
  log.push(await keeper.pinAdminKey(WS, otherSpki, endorsement))
  log.push(await keeper.adminKey(WS))
  const record = {
    workspaceId: WS,
    cases: 3,
    auditSeq: 9,
    auditHash: 'd'.repeat(64),
    updatedAt: '2026-12-03T08:00:00.000Z',
  }
  await keeper.putWorkspaceRecord(record)
  log.push(await keeper.workspaceRecord())
  await keeper.clearWorkspaceRecord(WS)
  log.push(await keeper.workspaceRecord())
  return log
    .map((entry) =>
      JSON.parse(
        JSON.stringify(entry, (k, v) =>
          k === 'at' || k === 'anchor' ? undefined : k === 'nameHash' ? /^[0-9a-f]{16}$/.test(v) : v,
        ),
      ),
    )
    .map((e) => (e === spki ? 'first-key' : e === otherSpki ? 'second-key' : e))
}

describe('the page keeper and main', () => {
  it('answer the same scenario alike', async () => {
    const onMain = await scenario(await mainKeeper())
    const onPage = await scenario(createPageKeeper(memoryStorage()))
    expect(onPage).toEqual(onMain)
    expect(onMain).toContainEqual({ status: 'refused', reason: 'stale' })
    expect(onMain).toContainEqual({ status: 'refused', reason: 'already-pinned' })
  })
})
