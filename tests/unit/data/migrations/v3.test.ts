/**
 * Schema v2 → v3, from a fixture of v2: the upgrade gives stored cases the plain fields lists and
 * deadlines need (open/closed by the statuses open at v3, events, risk, mediator, due date).
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../renderer/src/data/schema'

describe('schema v2 → v3', () => {
  it('gives v2 cases the plain fields lists and deadlines need', async () => {
    const name = `upgrade3-${Math.random()}`
    const v2 = new Dexie(name)
    v2.version(2).stores({
      cases:
        'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt], caseNo, seq, *tokens',
      counters: 'key',
      settings: 'key',
      users: 'id, &username',
      vault: 'id',
      audit: '++pos, seq, at, [action+at]',
      auditPending: '++id',
    })
    await v2.table('cases').bulkAdd([
      {
        id: 'a',
        caseNo: 'A',
        year: 2026,
        seq: 1,
        kind: 'people',
        status: 'mediating',
        disputeType: 'contract',
        source: 'proactive',
        createdAt: '2026-05-01T08:00:00.000Z',
        updatedAt: '2026-05-01T08:00:00.000Z',
        tokens: [],
        body: { alg: 'none', data: {} },
      },
      {
        id: 'b',
        caseNo: 'B',
        year: 2026,
        seq: 2,
        kind: 'people',
        status: 'closed',
        disputeType: 'contract',
        source: 'proactive',
        createdAt: '2026-05-02T08:00:00.000Z',
        updatedAt: '2026-05-02T08:00:00.000Z',
        tokens: [],
        body: { alg: 'none', data: {} },
      },
    ])
    v2.close()
    const db = openDatabase(name)
    const [a, b] = await db.cases.bulkGet(['a', 'b'])
    expect(a).toMatchObject({
      open: 1,
      riskLevel: '',
      sector: null,
      outcome: null,
      mediatorId: '',
      dueDate: '',
      extensionDays: 0,
      events: { registered: '2026-05-01' },
    })
    expect(b?.open).toBe(0)
    expect(await db.cases.where('[open+dueDate]').between([1, ''], [1, '\uffff']).count()).toBe(1)
    expect(await db.records.count()).toBe(0)
  })
})
