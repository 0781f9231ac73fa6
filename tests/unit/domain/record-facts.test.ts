/**
 * What a case's records say, as the plain facts deadlines, the workflow and statistics read: each
 * term against its performance, the 司法确认 state, court, traffic and session dates, extensions,
 * the closure — and a 驳回 reopening that leaves the earlier round behind.
 */
import { describe, expect, it } from 'vitest'
import { performanceOf, recordFacts, type FactRecord } from '../../../renderer/src/domain/cases/record-facts'
import type { RecordInput, RecordKind } from '../../../renderer/src/domain/cases/records'

let t = 0
const at = () =>
  `2026-03-${String(1 + Math.floor(t / 24)).padStart(2, '0')}T${String(t++ % 24).padStart(2, '0')}:00:00.000Z`
const r = <K extends RecordKind>(kind: K, data: RecordInput<K>): FactRecord => ({
  kind,
  createdAt: at(),
  data,
})

const agreement = (form: 'written' | 'oral' = 'written') =>
  r('agreement', {
    form,
    terms: [
      { id: 't1', description: '赔偿损失', amountFen: 100_000, obligorPartyId: 'p2', dueDate: '2026-04-01' },
      { id: 't2', description: '停止施工', amountFen: 0, obligorPartyId: 'p2', dueDate: '2026-03-20' },
    ],
    effectiveDate: '2026-03-10',
  })
const pay = (termId: string, amountFen: number, on: string, complete = false) =>
  r('performance', { termId, at: on, amountFen, complete })

describe('recordFacts', () => {
  it('each term against its performance: payments add up, `complete` settles an act', () => {
    const none = recordFacts([agreement()])
    expect(none.terms).toEqual([
      { n: 1, dueDate: '2026-04-01', performed: 'none' },
      { n: 2, dueDate: '2026-03-20', performed: 'none' },
    ])
    expect(performanceOf(none.terms)).toBe('none')
    const partly = recordFacts([agreement(), pay('t1', 40_000, '2026-03-15')])
    expect(partly.terms.map((x) => x.performed)).toEqual(['partial', 'none'])
    expect(performanceOf(partly.terms)).toBe('partial')
    expect(partly.events.performed).toBeUndefined()
    const all = recordFacts([
      agreement(),
      pay('t1', 40_000, '2026-03-15'),
      pay('t2', 0, '2026-03-18', true),
      pay('t1', 60_000, '2026-03-28'),
    ])
    expect(all.terms.map((x) => x.performed)).toEqual(['full', 'full'])
    expect(performanceOf(all.terms)).toBe('full')
    expect(all.events.performed).toBe('2026-03-28')
    expect(all.agreementForm).toBe('written')
  })

  it('司法确认 as states: applied, then confirmed or rejected; older records with a ruling inside still read', () => {
    const applied = r('judicial-confirmation', { appliedAt: '2026-03-20', court: '甘井子区人民法院' })
    expect(recordFacts([agreement(), applied]).confirmation).toBe('applied')
    const ruled = r('confirmation-ruling', { ruling: 'rejected', rulingAt: '2026-04-02' })
    expect(recordFacts([agreement(), applied, ruled])).toMatchObject({
      confirmation: 'rejected',
      events: { 'confirmation-applied': '2026-03-20', 'confirmation-ruled': '2026-04-02' },
    })
    const legacy = r('judicial-confirmation', {
      appliedAt: '2026-03-20',
      court: '甘井子区人民法院',
      ruling: 'confirmed',
      rulingAt: '2026-03-30',
    })
    expect(recordFacts([agreement(), legacy]).confirmation).toBe('confirmed')
  })

  it('a 驳回 reopening leaves the earlier agreement, performance, 司法确认 and extensions behind', () => {
    const before = [
      agreement(),
      pay('t1', 100_000, '2026-03-15'),
      r('extension', { days: 15, reason: '双方同意' }),
      r('judicial-confirmation', { appliedAt: '2026-03-20', court: '甘井子区人民法院' }),
      r('confirmation-ruling', { ruling: 'rejected', rulingAt: '2026-04-02' }),
    ]
    expect(recordFacts(before).extensionDays).toBe(15)
    const reopened = recordFacts([
      ...before,
      r('transition', { action: 'remediate', from: 'performing', to: 'mediating', byName: 'm' }),
    ])
    expect(reopened).toMatchObject({ agreementForm: null, terms: [], confirmation: 'none', extensionDays: 0 })
    expect(reopened.reopenedAt).not.toBeNull()
    const again = recordFacts([
      ...before,
      r('transition', { action: 'remediate', from: 'performing', to: 'mediating', byName: 'm' }),
      agreement('oral'),
    ])
    expect(again.agreementForm).toBe('oral')
    expect(again.terms.map((x) => x.performed)).toEqual(['none', 'none'])
  })

  it('court, traffic, session and 群体性 facts, and how an agreed case was closed', () => {
    const f = recordFacts([
      r('court-referral', {
        court: '甘井子区人民法院',
        letterNo: '（2026）辽0211民诉前调1号',
        referredAt: '2026-03-01',
        deadline: '2026-03-20',
        procedure: 'simplified',
      }),
      r('court-report', { reportedAt: '2026-03-19', result: 'agreed' }),
      r('accident-report', { receivedAt: '2026-03-02', appliedAt: '2026-03-05' }),
      r('loss-fixed', { event: 'disability-assessed', at: '2026-03-08' }),
      r('session-notice', { sessionDate: '2026-03-12', place: '事故处理大队', method: 'phone' }),
      r('session-notice', {
        sessionDate: '2026-03-12',
        place: '事故处理大队',
        notifiedAt: '2026-03-09',
        method: 'phone',
      }),
      r('mass-dispute', { persons: 23 }),
      r('transition', { action: 'close-unperformed', from: 'urging', to: 'closed', byName: 'm' }),
    ])
    expect(f).toMatchObject({
      procedure: 'simplified',
      courtDeadline: '2026-03-20',
      massPersons: 23,
      closure: 'unperformed',
      events: {
        'court-referred': '2026-03-01',
        'court-reported': '2026-03-19',
        'accident-report-received': '2026-03-02',
        'mediation-applied': '2026-03-05',
        'loss-fixed': '2026-03-08',
        'session-scheduled': '2026-03-12',
        'session-notified': '2026-03-09',
      },
    })
  })

  it('ignores a record that does not fit its kind’s schema', () => {
    expect(
      recordFacts([{ kind: 'agreement', createdAt: at(), data: { form: 'written' } }]).agreementForm,
    ).toBeNull()
  })
})
