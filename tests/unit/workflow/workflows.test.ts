import { describe, expect, it } from 'vitest'
import { CASE_STATUSES, MEDIATION_KINDS } from '../../../renderer/src/domain/cases/catalogues'
import { RECORD_KINDS } from '../../../renderer/src/domain/cases/records'
import {
  availableTransitions,
  checkTransition,
  WORKFLOWS,
  type CaseState,
} from '../../../renderer/src/domain/workflow/workflows'

describe('workflows as data', () => {
  it('uses only known statuses and record kinds, and every kind reaches archived', () => {
    for (const kind of MEDIATION_KINDS) {
      const reachable = new Set(['registered'])
      let grew = true
      while (grew) {
        grew = false
        for (const t of WORKFLOWS[kind]) {
          for (const s of t.from) expect(CASE_STATUSES).toContain(s)
          for (const r of t.requires ?? []) expect(RECORD_KINDS).toContain(r)
          if (t.from.some((f) => reachable.has(f)) && !reachable.has(t.to)) {
            reachable.add(t.to)
            grew = true
          }
        }
      }
      expect(reachable.has('archived'), kind).toBe(true)
      expect(reachable.has('terminated'), kind).toBe(true)
    }
  })

  it('offers only the steps of the current status, with what they still need', () => {
    const ctx = { kind: 'people' as const, status: 'mediating' as const, records: { session: 1 } }
    const steps = availableTransitions(ctx)
    expect(steps.map((s) => s.action).sort()).toEqual(['agree', 'terminate'])
    expect(steps.find((s) => s.action === 'agree')?.missing).toEqual(['agreement'])
    expect(checkTransition(ctx, 'agree', '')).toEqual({
      ok: false,
      problem: 'records-missing',
      missing: ['agreement'],
    })
    expect(checkTransition(ctx, 'close', '')).toEqual({ ok: false, problem: 'not-allowed' })
    expect(checkTransition({ ...ctx, records: { session: 1, agreement: 1 } }, 'agree', '')).toEqual({
      ok: true,
      to: 'agreed',
    })
  })

  it('asks a reason for declining a case', () => {
    const ctx = { kind: 'people' as const, status: 'registered' as const, records: {} }
    expect(checkTransition(ctx, 'reject', '  ')).toEqual({ ok: false, problem: 'reason-required' })
    expect(checkTransition(ctx, 'reject', '不属于人民调解范围')).toEqual({ ok: true, to: 'rejected' })
  })

  it('varies administrative steps by sector, and court-linked cases report back before closing', () => {
    const notified = { kind: 'administrative' as const, status: 'notified' as const, records: {} }
    expect(availableTransitions({ ...notified, sector: 'traffic' }).map((s) => s.action)).toContain(
      'investigate',
    )
    expect(availableTransitions({ ...notified, sector: 'consumer' }).map((s) => s.action)).not.toContain(
      'investigate',
    )
    const agreed = { kind: 'court-entrusted' as const, status: 'agreed' as const, records: {} }
    expect(availableTransitions(agreed).map((s) => s.action)).toEqual(['report-court'])
    expect(checkTransition(agreed, 'report-court', '')).toMatchObject({
      ok: false,
      missing: ['court-report'],
    })
  })
})

const state = (performance: CaseState['performance'], confirmation: CaseState['confirmation'] = 'none') => ({
  performance,
  confirmation,
})
const actions = (ctx: Parameters<typeof availableTransitions>[0]) =>
  availableTransitions(ctx)
    .map((s) => s.action)
    .sort()

// Changed rule: an agreed case once closed after a visit whatever the performance; now 结案 means
// 履行完毕, and an agreement not performed is urged, then closed only once the parties were told their routes.
describe('performance and non-performance', () => {
  const visited = { kind: 'people' as const, status: 'visited' as const, records: { visit: 1 } }

  it('cannot be closed as performed while a term is not performed: the step says why', () => {
    const close = availableTransitions({ ...visited, state: state('partial') }).find(
      (t) => t.action === 'close',
    )
    expect(close?.unmet).toEqual(['performed'])
    expect(checkTransition({ ...visited, state: state('partial') }, 'close', '')).toEqual({
      ok: false,
      problem: 'condition-unmet',
      unmet: ['performed'],
    })
    expect(checkTransition({ ...visited, state: state('full') }, 'close', '')).toEqual({
      ok: true,
      to: 'closed',
    })
  })

  it('offers 督促履行 while not performed, then 告知后结案 with the routes told (未履行)', () => {
    const performing = { kind: 'people' as const, status: 'performing' as const, records: {} }
    expect(actions({ ...performing, state: state('partial') })).toEqual(['urge', 'visit'])
    expect(actions({ ...performing, state: state('full') })).toEqual(['visit'])
    expect(checkTransition({ ...performing, state: state('none') }, 'urge', '')).toMatchObject({
      problem: 'records-missing',
      missing: ['urge'],
    })
    const urged = {
      kind: 'people' as const,
      status: 'urging' as const,
      records: { urge: 1 },
      state: state('partial'),
    }
    expect(actions(urged)).toEqual(['close-unperformed', 'visit'])
    expect(checkTransition(urged, 'close-unperformed', '')).toMatchObject({ missing: ['non-performance'] })
    expect(
      checkTransition({ ...urged, records: { urge: 1, 'non-performance': 1 } }, 'close-unperformed', ''),
    ).toEqual({
      ok: true,
      to: 'closed',
    })
    // performed after all: visited and closed as performed, no longer as 未履行
    expect(actions({ ...urged, state: state('full') })).toEqual(['visit'])
  })

  it('administrative cases close without a visit, but only once performed', () => {
    const agreed = {
      kind: 'administrative' as const,
      sector: 'consumer' as const,
      status: 'agreed' as const,
      records: {},
    }
    expect(
      availableTransitions({ ...agreed, state: state('none') }).find((t) => t.action === 'close')?.unmet,
    ).toEqual(['performed'])
    expect(checkTransition({ ...agreed, state: state('full') }, 'close', '')).toEqual({
      ok: true,
      to: 'closed',
    })
  })
})

describe('治安调解 (治安管理处罚法 Art. 9)', () => {
  const ps = { kind: 'administrative' as const, sector: 'public-security' as const }

  it('a failed mediation, or an agreement not performed, goes back to the police for 处罚', () => {
    const mediating = { ...ps, status: 'mediating' as const, records: { 'police-return': 1 } }
    expect(checkTransition(mediating, 'return-police', '')).toEqual({ ok: true, to: 'terminated' })
    const performing = { ...ps, status: 'performing' as const, records: { 'police-return': 1 } }
    expect(checkTransition({ ...performing, state: state('partial') }, 'return-police', '')).toEqual({
      ok: true,
      to: 'closed',
    })
    expect(actions({ ...performing, state: state('full') })).not.toContain('return-police')
  })

  it('only in 治安 cases', () => {
    const other = {
      kind: 'administrative' as const,
      sector: 'consumer' as const,
      status: 'mediating' as const,
      records: {},
    }
    expect(actions(other)).not.toContain('return-police')
    expect(actions({ kind: 'people', status: 'mediating', records: {} })).not.toContain('return-police')
  })
})

describe('道路交通事故: mediation starts once the loss is fixed', () => {
  it('needs the 损失确定 record to start mediating; other sectors do not', () => {
    const notified = {
      kind: 'administrative' as const,
      sector: 'traffic' as const,
      status: 'notified' as const,
      records: {},
    }
    expect(checkTransition(notified, 'mediate', '')).toMatchObject({ missing: ['loss-fixed'] })
    expect(checkTransition({ ...notified, records: { 'loss-fixed': 1 } }, 'mediate', '')).toEqual({
      ok: true,
      to: 'mediating',
    })
    expect(availableTransitions(notified).filter((t) => t.action === 'mediate')).toHaveLength(1)
    expect(checkTransition({ ...notified, sector: 'consumer' }, 'mediate', '')).toEqual({
      ok: true,
      to: 'mediating',
    })
  })
})

describe('司法确认 rejected (驳回, 人民调解法 Art. 33)', () => {
  it('reopens the case for re-mediation, or ends it with the parties told to sue', () => {
    const agreed = { kind: 'people' as const, status: 'performing' as const, records: { termination: 1 } }
    expect(actions({ ...agreed, state: state('partial', 'applied') })).not.toContain('remediate')
    const rejected = { ...agreed, state: state('partial', 'rejected') }
    expect(actions(rejected)).toEqual(['remediate', 'terminate', 'urge', 'visit'])
    expect(checkTransition(rejected, 'remediate', '')).toEqual({ ok: true, to: 'mediating' })
    expect(checkTransition(rejected, 'terminate', '')).toEqual({ ok: true, to: 'terminated' })
    // 委派 can be confirmed (and rejected); 委托 never is
    expect(
      actions({ kind: 'court-delegated', status: 'agreed', records: {}, state: state('none', 'rejected') }),
    ).toContain('remediate')
    expect(
      actions({ kind: 'court-entrusted', status: 'agreed', records: {}, state: state('none', 'rejected') }),
    ).not.toContain('remediate')
  })
})
