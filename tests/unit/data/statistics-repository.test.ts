/**
 * The statistics repository on fake-indexeddb with real encryption: its numbers equal the pure
 * computation over the same cases' facts (demo cases and hand-made ones), it picks up cases that
 * ended in a period though registered before it, and it files 零上报 and screening rounds only when
 * they are right, sealed and audited.
 */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import type { CaseDraft } from '../../../renderer/src/domain/cases/draft'
import { generateDemoCases } from '../../../renderer/src/demo'
import { todayIso } from '../../../renderer/src/domain/shared/dates'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import {
  GROUP_BYS,
  computeStatistics,
  periodRange,
  statutoryTables,
  toStatInput,
  type Period,
} from '../../../renderer/src/domain/statistics'
import { makeOrganisation, makePerson } from '../../builders/cases'
import * as rec from '../../builders/records'
import { sessionAs, setUpWorkspace } from '../../builders/session'

const MEDIATOR_ID = 'user-mediator'

/** A clock a second further on each time it is read, so records keep their order. */
function ticking(start: string): () => Date {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}

async function workspace(now: () => Date = ticking('2026-11-25T04:00:00Z')) {
  const ws = await setUpWorkspace()
  const repos = createRepositories(ws.db, sessionAs(ws.session, ['mediator'], MEDIATOR_ID), { now })
  return { ...ws, repos }
}

/**
 * What the import will store, as the facts statistics read from it (the import takes the mediator
 * from the actor, 受理 from the accept step (or, without one, the registration day), and the effective day of a written agreement from the draft).
 */
function expectedInput(d: CaseDraft, i: number) {
  const accept = d.records.find(
    (r) => r.kind === 'transition' && (r.data as { action?: string }).action === 'accept',
  )
  return toStatInput({
    ...d,
    id: `draft-${i}`,
    mediatorId: MEDIATOR_ID,
    events: {
      registered: todayIso(new Date(d.createdAt)),
      ...(accept
        ? { accepted: todayIso(new Date(accept.createdAt)) }
        : d.status !== 'registered' && d.status !== 'rejected'
          ? { accepted: todayIso(new Date(d.createdAt)) }
          : {}),
      ...(d.agreementEffectiveOn ? { 'agreement-effective': d.agreementEffectiveOn } : {}),
    },
    parties: d.parties,
  })
}

const withoutIds = <T extends { id: string }>(xs: T[]) => xs.map(({ id: _id, ...rest }) => rest)

describe('statistics repository', () => {
  it('gives the same numbers as the pure computation over 150 demo cases, for any period and grouping', async () => {
    const { repos } = await workspace()
    const drafts = generateDemoCases({ seed: 11, count: 150, now: new Date('2026-11-20T00:00:00Z') })
    await repos.cases.importDrafts(drafts)
    const all = drafts.map(expectedInput)
    const periods: Period[] = [
      { kind: 'year', year: 2026 },
      { kind: 'year', year: 2025 },
      { kind: 'quarter', year: 2026, quarter: 2 },
      { kind: 'month', year: 2026, month: 10 },
      { kind: 'custom', from: '2025-06-15', to: '2026-02-14' },
    ]
    for (const period of periods) {
      const range = periodRange(period)
      const inputs = await repos.statistics.statInputs(range)
      // Every case that counts is loaded (cases that cannot count may be left out).
      const counting = computeStatistics({ inputs: all, screenings: [], range })
      for (const groupBy of GROUP_BYS) {
        const fromRepo = await repos.statistics.compute(period, groupBy)
        const expected = computeStatistics({ inputs: all, screenings: [], range, groupBy })
        expect(fromRepo).toEqual(expected)
      }
      expect(inputs.length).toBeGreaterThanOrEqual(counting.total.received)
      // A 调委会 files the people's table (with the 委派/委托 cases it handles) and the administrative one.
      expect(await repos.statistics.statutory(period)).toEqual(
        statutoryTables({ inputs: all, screenings: [], range, courtLinkedIsPeople: true }),
      )
    }
    const year = await repos.statistics.compute({ kind: 'year', year: 2026 })
    // The demo data are lively enough for this test to mean something.
    expect(year.total.received).toBeGreaterThan(20)
    expect(year.total.succeeded).toBeGreaterThan(5)
    expect(year.total.agreementAmountFen).toBeGreaterThan(0)
  }, 180_000)

  it('reads no record and no body: the same tables with every ciphertext destroyed; older rows are walked to it', async () => {
    const { repos, db } = await workspace()
    const drafts = generateDemoCases({ seed: 5, count: 80, now: new Date('2026-11-20T00:00:00Z') })
    await repos.cases.importDrafts(drafts)
    const period: Period = { kind: 'year', year: 2026 }
    const before = await repos.statistics.statutory(period)
    const overview = await repos.statistics.compute(period, 'disputeType')
    expect((await db.cases.toArray()).every((r) => r.stat && r.partyCount !== undefined)).toBe(true)
    // Rows as stored before the statistics facts existed (and, every other one, rewritten by a
    // record at this version before the walk reached it, still without its party count): read the
    // older way, decrypting…
    let n = 0
    await db.cases.toCollection().modify((r) => {
      delete r.partyCount
      if (n++ % 2 === 0) return
      delete r.stat
      r.factsVersion = 1
    })
    expect(await repos.statistics.statutory(period)).toEqual(before)
    // …until the walk after login gives them their facts again.
    while (!(await repos.cases.refreshFactsBatch(50)).done);
    expect((await db.cases.toArray()).every((r) => r.stat && r.partyCount !== undefined)).toBe(true)
    // From then on nothing sealed is opened: destroy every record's and every body's ciphertext.
    const garbage = (b: { ct: Uint8Array }) => ({ ...b, ct: new Uint8Array(b.ct.length) })
    await db.records.toCollection().modify((r) => {
      r.body = garbage(r.body as never) as never
    })
    await db.cases.toCollection().modify((r) => {
      r.body = garbage(r.body as never) as never
    })
    expect(await repos.statistics.statutory(period)).toEqual(before)
    expect(await repos.statistics.compute(period, 'disputeType')).toEqual(overview)
  }, 180_000)

  it('counts by events: a case registered in October and agreed in November counts in both, differently', async () => {
    let clock = new Date('2026-10-30T02:00:00Z')
    const { repos, db } = await workspace(() => clock)
    const { cases, statistics } = repos
    const c = await cases.register({
      kind: 'people',
      source: 'proactive',
      disputeType: 'property-management',
      facts: '物业费争议。',
      requests: '请求减免物业费。',
      parties: [
        makePerson({ name: '钱多多' }),
        makePerson({ name: '孙小美', role: 'respondent' }),
        makeOrganisation(),
      ],
    })
    await cases.transition(c.id, 'accept')
    clock = new Date('2026-11-04T02:00:00Z')
    await cases.addRecord(c.id, 'notice', rec.notice(c))
    await cases.transition(c.id, 'notify')
    await cases.transition(c.id, 'mediate')
    await cases.addRecord(c.id, 'session', rec.session(c))
    await cases.addRecord(c.id, 'prevention', { flag: 'mass-incident', persons: 12, note: '' })
    await cases.addRecord(c.id, 'agreement', { ...rec.agreement(c, 880_000), effectiveDate: '2026-11-04' })
    await cases.transition(c.id, 'agree')

    const oct = await statistics.compute({ kind: 'month', year: 2026, month: 10 })
    expect(oct.total).toMatchObject({
      received: 1,
      receivedProactive: 1,
      persons: 3,
      succeeded: 0,
      concluded: 0,
    })
    const nov = await statistics.compute({ kind: 'month', year: 2026, month: 11 }, 'disputeType')
    expect(nov.total).toMatchObject({
      received: 0,
      succeeded: 1,
      concluded: 1,
      // Changed rule: 成功率 = 调解成功数 ÷ 受理数 (this test once expected 1, ÷ 办结数): none received.
      successRate: null,
      agreementAmountFen: 880_000,
      'prevention-mass-incident-cases': 1,
      'prevention-mass-incident-persons': 12,
    })
    expect(nov.rows.find((r) => r.key === 'property-management')?.measures.succeeded).toBe(1)

    // The facts say nothing about who the parties are.
    const inputs = await statistics.statInputs(periodRange({ kind: 'month', year: 2026, month: 11 }))
    expect(inputs).toHaveLength(1)
    expect(JSON.stringify(inputs)).not.toMatch(/钱多多|孙小美|物业费争议/)

    // Drill-down: the case behind the number, as a case-list row.
    const drill = await statistics.drillDown({ kind: 'month', year: 2026, month: 11 }, 'succeeded')
    expect(drill.total).toBe(1)
    expect(drill.items.map((i) => [i.caseNo, i.partyNames])).toEqual([
      [c.caseNo, ['钱多多', '孙小美', '大连某物业服务有限公司']],
    ])
    expect((await statistics.drillDown({ kind: 'month', year: 2026, month: 11 }, 'received')).total).toBe(0)

    // A month with nothing in it loads nothing.
    expect(await statistics.statInputs(periodRange({ kind: 'month', year: 2026, month: 9 }))).toEqual([])
    expect(await db.cases.count()).toBe(1)
  })

  it('零上报: only for a begun period with no new disputes, once; later registrations are flagged', async () => {
    const { repos, db } = await workspace()
    const { cases, statistics } = repos
    const draft = (createdAt: string, status: CaseDraft['status'] = 'mediating'): CaseDraft => ({
      kind: 'people',
      sector: null,
      source: 'party-application',
      disputeType: 'neighbourhood',
      status,
      outcome: status === 'rejected' ? 'rejected' : null,
      riskLevel: null,
      createdAt,
      updatedAt: createdAt,
      facts: '邻里纠纷。',
      requests: '请求调解。',
      parties: [makePerson(), makeOrganisation()],
      records: [],
    })
    await cases.importDrafts([
      draft('2026-10-10T04:00:00.000Z'),
      draft('2026-09-10T04:00:00.000Z', 'rejected'),
    ])
    const refusal = (p: Period) =>
      statistics.fileZeroReport(p).then(
        () => null,
        (e: unknown) => (e instanceof ValidationError ? e.issues[0]?.message : e),
      )
    expect(await refusal({ kind: 'month', year: 2026, month: 10 })).toBe(
      'statisticsValidation.zeroReportHasCases',
    )
    // A declined dispute is still a new dispute.
    expect(await refusal({ kind: 'month', year: 2026, month: 9 })).toBe(
      'statisticsValidation.zeroReportHasCases',
    )
    expect(await refusal({ kind: 'month', year: 2026, month: 12 })).toBe(
      'statisticsValidation.zeroReportNotStarted',
    )
    expect(await db.periodReports.count()).toBe(0)

    const filed = await statistics.fileZeroReport(
      { kind: 'month', year: 2026, month: 8 },
      { note: '本月无新发纠纷' },
    )
    expect(filed).toMatchObject({ period: '2026-08', kind: 'zero', byName: MEDIATOR_ID, newDisputesNow: 0 })
    expect(await refusal({ kind: 'month', year: 2026, month: 8 })).toBe(
      'statisticsValidation.zeroReportAlreadyFiled',
    )
    await statistics.fileZeroReport({ kind: 'custom', from: '2026-11-01', to: '2026-11-20' })

    const row = await db.periodReports.get(filed.id)
    expect(row?.body.alg).toBe('A256GCM')
    expect(JSON.stringify(row)).not.toContain('本月无新发纠纷')

    // A case registered later in August makes the report untrue: the list says so.
    await cases.importDrafts([draft('2026-08-20T04:00:00.000Z')])
    const reports = await statistics.periodReports()
    expect(reports.map((r) => [r.period, r.newDisputesNow, r.note])).toEqual([
      ['2026-11-01..2026-11-20', 0, ''],
      ['2026-08', 1, '本月无新发纠纷'],
    ])
    expect(await statistics.periodReports({ kind: 'month', year: 2026, month: 8 })).toHaveLength(1)
    await expect(statistics.fileZeroReport({ kind: 'month', year: 2026, month: 13 })).rejects.toBeInstanceOf(
      ValidationError,
    )

    const entries = await db.audit.where('action').equals('statistics.zero-report').toArray()
    expect(entries.map((e) => e.details)).toEqual([
      { period: '2026-08' },
      { period: '2026-11-01..2026-11-20' },
    ])
  })

  it('screening rounds: validated, sealed, counted in the total, edited and deleted with an audit trail', async () => {
    const { repos, db } = await workspace()
    const { statistics } = repos
    const add = (date: string, found: number, area = '幸福社区第三网格') =>
      statistics.addScreening({ date, area, found, notes: '入户走访，发现楼道堆物纠纷' })
    const a = await add('2026-11-03', 2)
    await add('2026-11-20', 1)
    await add('2026-10-31', 5)
    await expect(add('2026-11-26', 1)).rejects.toMatchObject({
      issues: [{ path: 'date', message: 'statisticsValidation.futureDate' }],
    })
    await expect(add('2026-11-02', -1)).rejects.toMatchObject({ issues: [{ path: 'found' }] })
    await expect(add('2026-11-02', 1, ' ')).rejects.toMatchObject({ issues: [{ path: 'area' }] })
    expect(await db.screenings.count()).toBe(3)
    expect(JSON.stringify(await db.screenings.get(a.id))).not.toMatch(/幸福社区|楼道堆物/)

    const NOV: Period = { kind: 'month', year: 2026, month: 11 }
    expect((await statistics.compute(NOV)).total).toMatchObject({ screenings: 2, screeningFound: 3 })
    const listed = await statistics.screenings(periodRange(NOV))
    expect(withoutIds(listed).map((s) => [s.date, s.found, s.area])).toEqual([
      ['2026-11-20', 1, '幸福社区第三网格'],
      ['2026-11-03', 2, '幸福社区第三网格'],
    ])

    await statistics.updateScreening(a.id, { date: '2026-11-04', area: '幸福社区', found: 4, notes: '' })
    expect((await statistics.compute(NOV)).total).toMatchObject({ screenings: 2, screeningFound: 5 })
    await statistics.deleteScreening(a.id)
    expect((await statistics.compute(NOV)).total).toMatchObject({ screenings: 1, screeningFound: 1 })
    await expect(statistics.deleteScreening(a.id)).rejects.toMatchObject({
      issues: [{ message: 'statisticsValidation.screeningNotFound' }],
    })
    const actions = (await db.audit.toArray()).map((e) => e.action).filter((x) => x.startsWith('statistics.'))
    expect(actions).toEqual([
      'statistics.screening-create',
      'statistics.screening-create',
      'statistics.screening-create',
      'statistics.screening-update',
      'statistics.screening-delete',
    ])
    expect(JSON.stringify(await db.audit.toArray())).not.toMatch(/幸福社区|楼道堆物/)
  })
})
