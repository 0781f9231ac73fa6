/**
 * The audit chain against its anchors outside the database (the keeper: main's append-only file).
 * Every account holds the audit key, so an account that edits the database can cut entries off the
 * end, or delete one and hash the rest again so the chain holds together: both are named now. And
 * a data change never stands without its entry: they are one transaction.
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { auditHashInput, GENESIS_HASH, type AuditEntry } from '../../../renderer/src/domain/audit/actions'
import { createAuditLog } from '../../../renderer/src/data/audit/audit-log'
import { generateKeyring } from '../../../renderer/src/data/crypto/keyring'
import { toHex } from '../../../renderer/src/data/crypto/bytes'
import type { Keeper } from '../../../renderer/src/data/keeper'
import { createPageKeeper, memoryStorage } from '../../../renderer/src/platform/page-keeper'
import { freshDb } from '../../builders/session'

const actor = { id: 'u-med', username: 'mediator1' }

async function chain(n: number) {
  const db = freshDb('anchors')
  const { audit: key } = await generateKeyring()
  const keeper = createPageKeeper(memoryStorage())
  const log = createAuditLog(db, key, keeper)
  for (let i = 0; i < n; i++) {
    await log.append(actor, 'case.view', { type: 'case', id: `c${i}` }, { i })
    if (i % 100 === 99) await log.anchorNow()
  }
  await log.anchorNow()
  return { db, key, keeper, log }
}

/** What a mediator's session can do with the audit key: hash the chain again from `from` on. */
async function rechain(db: ReturnType<typeof freshDb>, key: CryptoKey, deleteSeq: number) {
  const rows = await db.audit.orderBy('pos').toArray()
  await db.audit.clear()
  let prevHash = GENESIS_HASH
  let seq = 0
  for (const row of rows) {
    if (row.seq === deleteSeq) continue
    seq++
    const { pos: _pos, hash: _hash, ...rest } = row
    const unsigned = { ...rest, seq, prevHash }
    const mac = new Uint8Array(
      await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(auditHashInput(unsigned))),
    )
    const entry: AuditEntry = { ...unsigned, hash: toHex(mac) }
    await db.audit.add(entry)
    prevHash = entry.hash
  }
}

describe('audit anchors', () => {
  it('a whole chain checks out against its anchors', async () => {
    const { log } = await chain(250)
    expect(await log.verify()).toMatchObject({ ok: true, count: 250, anchored: 250 })
  })

  it('names the cut when the last 100 of 1,000 entries are deleted', async () => {
    const { db, log } = await chain(1000)
    const rows = await db.audit.orderBy('pos').toArray()
    await db.audit.bulkDelete(rows.slice(-100).map((r) => r.pos as number))
    expect(await log.verify()).toEqual({ ok: false, count: 900, brokenAt: 901, reason: 'truncated' })
  }, 120_000)

  it('names re-chaining when an entry in the middle is deleted and the rest hashed again', async () => {
    const { db, key, log } = await chain(1000)
    await rechain(db, key, 500)
    const result = await log.verify()
    expect(result).toMatchObject({ ok: false, reason: 'rechained' })
    // The first anchor after the deletion is the one that no longer matches.
    expect(result.ok ? 0 : result.brokenAt).toBe(500)
  }, 120_000)

  it('names failed logins deleted from the chain, even with the anchors gone too', async () => {
    const db = freshDb('anchors')
    const { audit: key } = await generateKeyring()
    const keeper = createPageKeeper(memoryStorage())
    const log = createAuditLog(db, key, keeper)
    await log.append(actor, 'auth.login')
    for (const name of ['admin', 'admni', 'root']) {
      await keeper.failure({ userId: '', name, reason: 'unknown-user', at: new Date().toISOString() })
    }
    expect(await log.flushPending()).toBe(3)
    const failed = await db.audit
      .where('[action+at]')
      .between(['auth.login-failed', ''], ['auth.login-failed', '\uffff'])
      .toArray()
    await rechain(db, key, failed[1]?.seq as number)
    // Someone who can also empty the anchors file: the keeper's confirmed attempts still tell.
    const noAnchors: Keeper = { ...keeper, anchors: async () => [] }
    expect(await createAuditLog(db, key, noAnchors).verify()).toMatchObject({
      ok: false,
      reason: 'pending-missing',
      missing: [2],
    })
  })

  it('a failed login chained once is not chained twice after a cut-short flush', async () => {
    const db = freshDb('anchors')
    const { audit: key } = await generateKeyring()
    const keeper = createPageKeeper(memoryStorage())
    await keeper.failure({ userId: '', name: 'x', reason: 'unknown-user', at: new Date().toISOString() })
    // The first flush chains the attempt, then "crashes" before telling the keeper.
    const forgetful: Keeper = { ...keeper, ackPending: async () => keeper.pending() }
    expect(await createAuditLog(db, key, forgetful).flushPending()).toBe(1)
    expect(await createAuditLog(db, key, keeper).flushPending()).toBe(0)
    expect(await db.audit.where('action').equals('auth.login-failed').count()).toBe(1)
  })

  it('writes a data change and its entry together, or neither', async () => {
    const db = freshDb('anchors')
    const { audit: key } = await generateKeyring()
    const log = createAuditLog(db, key, createPageKeeper(memoryStorage()))
    await expect(
      log.commit([db.settings], async () => ({
        entry: { actor, action: 'settings.update', target: { type: 'settings', id: 'x' } },
        write: async () => {
          await db.settings.put({ key: 'x', value: 1 })
          // as a full disk would: the write fails after the data went in
          throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
        },
      })),
    ).rejects.toThrow('quota')
    expect(await db.settings.get('x')).toBeUndefined()
    expect(await db.audit.count()).toBe(0)
    await log.commit([db.settings], async () => ({
      entry: { actor, action: 'settings.update', target: { type: 'settings', id: 'x' } },
      write: () => db.settings.put({ key: 'x', value: 2 }),
    }))
    expect(await db.settings.get('x')).toEqual({ key: 'x', value: 2 })
    expect(await db.audit.count()).toBe(1)
  })

  it('a long change whose entry is made at its end: both in one transaction, or neither', async () => {
    const db = freshDb('anchors')
    const { audit: key } = await generateKeyring()
    const log = createAuditLog(db, key, createPageKeeper(memoryStorage()))
    await log.append(actor, 'auth.login')
    await expect(
      log.commitInside([db.settings], async () => {
        await db.settings.put({ key: 'x', value: 1 })
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
      }),
    ).rejects.toThrow('quota')
    expect(await db.settings.get('x')).toBeUndefined()
    expect(await db.audit.count()).toBe(1)
    const value = await log.commitInside([db.settings], async () => {
      for (let i = 0; i < 3; i++) await db.settings.put({ key: `x${i}`, value: i })
      // crypto inside the transaction, under waitFor as an import seals its rows
      await Dexie.waitFor(crypto.subtle.digest('SHA-256', new Uint8Array(8)))
      const written = await db.settings.count()
      return {
        value: written,
        entry: {
          actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'x' },
          details: { written },
        },
      }
    })
    expect(value).toBe(3)
    const last = await db.audit.orderBy('pos').last()
    expect(last).toMatchObject({ seq: 2, action: 'settings.update', details: { written: 3 } })
    expect((await log.verify()).ok).toBe(true)
    // nothing to record: no entry
    await log.commitInside([db.settings], async () => ({ value: null, entry: null }))
    expect(await db.audit.count()).toBe(2)
  })
})
