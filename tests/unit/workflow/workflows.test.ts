import { describe, expect, it } from 'vitest'
import { CASE_STATUSES, MEDIATION_KINDS } from '../../../renderer/src/domain/cases/catalogues'
import { RECORD_KINDS } from '../../../renderer/src/domain/cases/records'
import {
  availableTransitions,
  checkTransition,
  WORKFLOWS,
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
