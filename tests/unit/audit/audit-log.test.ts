import { describe, expect, it } from 'vitest'
import { createAuditLog } from '../../../renderer/src/data/audit/audit-log'
import { createPageKeeper, memoryStorage } from '../../../renderer/src/platform/page-keeper'
import { generateKeyring } from '../../../renderer/src/data/crypto/keyring'
import { auditCsv } from '../../../renderer/src/domain/audit/actions'
import { freshDb } from '../../builders/session'

const actor = { id: 'u1', username: 'mediator1' }

async function chainOf(n: number) {
  const db = freshDb('audit')
  const { audit: key } = await generateKeyring()
  const log = createAuditLog(db, key)
  for (let i = 0; i < n; i++) await log.append(actor, 'case.view', { type: 'case', id: `c${i + 1}` }, { i })
  const rows = await db.audit.orderBy('pos').toArray()
  return { db, log, key, rows }
}

describe('audit chain', () => {
  it('verifies an intact chain and links each entry to the one before', async () => {
    const { log, rows } = await chainOf(5)
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash)
    expect(await log.verify()).toEqual({ ok: true, count: 5, head: rows[4]?.hash, anchored: 0 })
  })

  it('names a modified entry', async () => {
    const { db, log, rows } = await chainOf(6)
    await db.audit.update(rows[2]?.pos as number, { targetId: 'c999' })
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 3, reason: 'modified' })
  })

  it('names a removed entry', async () => {
    const { db, log, rows } = await chainOf(6)
    await db.audit.delete(rows[3]?.pos as number)
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 4, reason: 'removed' })
  })

  it('names a reordered entry', async () => {
    const { db, log, rows } = await chainOf(6)
    const [a, b] = [rows[1], rows[2]]
    if (!a || !b) throw new Error('rows missing')
    // swap the stored order of entries 2 and 3, each kept authentic
    await db.audit.put({ ...b, pos: a.pos })
    await db.audit.put({ ...a, pos: b.pos })
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 2, reason: 'reordered' })
  })

  it('a chain checked with another key is reported modified at the first entry', async () => {
    const { db } = await chainOf(2)
    const other = createAuditLog(db, (await generateKeyring()).audit)
    expect(await other.verify()).toMatchObject({ ok: false, brokenAt: 1, reason: 'modified' })
  })

  it('chains attempts recorded while locked, keeping their time, and serialises concurrent appends', async () => {
    const db = freshDb('audit')
    const { audit: key } = await generateKeyring()
    const keeper = createPageKeeper(memoryStorage())
    const log = createAuditLog(db, key, keeper)
    await log.append(actor, 'case.view', { type: 'case', id: 'c1' }, { i: 0 })
    await keeper.failure({
      userId: 'u-admin',
      name: 'admin',
      reason: 'wrong-password',
      at: '2026-11-25T01:02:03.000Z',
    })
    expect(await log.flushPending()).toBe(1)
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => log.append(actor, 'case.view', { type: 'case', id: `p${i}` })),
    )
    const all = await log.all()
    expect(all[1]).toMatchObject({ action: 'auth.login-failed', at: '2026-11-25T01:02:03.000Z', seq: 2 })
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
    expect(await db.auditPending.count()).toBe(0)
    expect((await log.verify()).ok).toBe(true)
  })

  it('exports CSV with quoting', async () => {
    const { log } = await chainOf(1)
    await log.append(
      actor,
      'case.create',
      { type: 'case', id: 'x' },
      { caseNo: '（2026）甘人调字第0001号, "A"' },
    )
    const csv = auditCsv(await log.all(), [
      'seq',
      'time',
      'actor',
      'action',
      'type',
      'target',
      'details',
      'hash',
    ])
    expect(csv.startsWith('\uFEFFseq,time')).toBe(true)
    expect(csv).toContain('"{""caseNo"":""（2026）甘人调字第0001号, \\""A\\""""}"')
    expect(csv.split('\r\n')).toHaveLength(4)
  })
})
