/**
 * A published-style table from builder data: a 调委会's year worked out by hand, with the measures
 * the 司法局 bulletins carry (书面 / 口头, 司法确认, 履行, 回访, 群体性纠纷, 预防纠纷), 成功率 both ways,
 * and one table per kind of mediation.
 */
import { describe, expect, it } from 'vitest'
import {
  computeStatistics,
  periodRange,
  rosterCounts,
  statutoryTables,
  type StatutoryTable,
} from '../../../renderer/src/domain/statistics'
import { makeAgreedInput, makeStatInput } from '../../builders/stat-inputs'

const YEAR = periodRange({ kind: 'year', year: 2026 })

const INPUTS = [
  // 书面 agreement, confirmed by the court, performed in full, visited
  makeAgreedInput('2026-03-10', 500_000, {
    registeredOn: '2026-03-01',
    agreementForm: 'written',
    confirmationApplied: ['2026-03-12'],
    confirmed: ['2026-03-20'],
    performedOn: '2026-04-01',
    visits: ['2026-04-10'],
  }),
  // 口头 agreement, not performed: the parties were told their routes
  makeAgreedInput('2026-05-06', 30_000, {
    registeredOn: '2026-05-02',
    agreementForm: 'oral',
    unperformedOn: '2026-06-01',
  }),
  // a 群体性纠纷 of 40 people, 2 named parties; terminated
  makeStatInput({
    disputeType: 'labour',
    registeredOn: '2026-07-01',
    status: 'terminated',
    outcome: 'terminated',
    concludedOn: '2026-07-20',
    massPersons: 40,
    preventions: [{ flag: 'mass-fight', persons: 40, on: '2026-07-02' }],
  }),
  // registered in 2026 but never accepted (受理): pending, not received
  makeStatInput({ registeredOn: '2026-08-01', status: 'registered', acceptedOn: null }),
  // registered in December 2025, accepted in January 2026: received in 2026
  makeStatInput({ registeredOn: '2025-12-30', acceptedOn: '2026-01-04' }),
  // 行政调解 (交警), agreed in writing
  makeAgreedInput('2026-09-09', 1_000_000, {
    kind: 'administrative',
    sector: 'traffic',
    disputeType: 'traffic',
    registeredOn: '2026-09-01',
    agreementForm: 'written',
  }),
  // 委派调解 handled by the committee: in the people's table of a 调委会
  makeAgreedInput('2026-10-15', 200_000, {
    kind: 'court-delegated',
    source: 'court-referral',
    disputeType: 'contract',
    registeredOn: '2026-10-01',
    agreementForm: 'written',
  }),
]
const SCREENINGS = [{ date: '2026-06-01', found: 5, prevented: 3 }]

const cell = (table: StatutoryTable, key: string, measure: string) => {
  const i = table.columns.findIndex((c) => c.measure === measure)
  return table.rows.find((r) => r.key === key)?.values[i]
}

describe('a published-style year', () => {
  const people = computeStatistics({
    inputs: INPUTS.filter((i) => i.kind !== 'administrative'),
    screenings: SCREENINGS,
    range: YEAR,
  }).total

  it('受理数 by the 受理 date; 成功率 ÷ 受理数 by default, ÷ 办结数 as a setting', () => {
    // received: the 5 people's cases accepted in 2026 and the 委派 case (the never-accepted one is pending)
    expect(people.received).toBe(5)
    expect(people.succeeded).toBe(3)
    expect(people.concluded).toBe(4)
    expect(people.successRate).toBe(3 / 5)
    const byConcluded = computeStatistics({
      inputs: INPUTS.filter((i) => i.kind !== 'administrative'),
      screenings: SCREENINGS,
      range: YEAR,
      rateBase: 'concluded',
    }).total
    expect(byConcluded.successRate).toBe(3 / 4)
  })

  it('carries every measure the bulletins publish', () => {
    expect(people).toMatchObject({
      succeededWritten: 2,
      succeededOral: 1,
      confirmationApplied: 1,
      confirmed: 1,
      performed: 1,
      unperformed: 1,
      performanceRate: 0.5,
      visited: 1,
      massDisputes: 1,
      massDisputePersons: 40,
      'prevention-mass-fight-cases': 1,
      'prevention-mass-fight-persons': 40,
      screenings: 1,
      screeningFound: 5,
      screeningPrevented: 3,
    })
    // 涉及人数: the head count of the 群体性纠纷, not only its two named parties
    expect(people.persons).toBe(2 + 2 + 40 + 2 + 2)
  })

  it('one table per kind: people’s (with the 委派 the 调委会 handled) and administrative by sector', () => {
    const tables = statutoryTables({
      inputs: INPUTS,
      screenings: SCREENINGS,
      range: YEAR,
      courtLinkedIsPeople: true,
    })
    expect(tables.map((t) => t.kind)).toEqual(['people', 'administrative'])
    const [peoples, admin] = tables as [StatutoryTable, StatutoryTable]
    expect(cell(peoples, 'total', 'received')).toBe(5)
    expect(cell(peoples, 'contract', 'succeeded')).toBe(1)
    expect(cell(peoples, 'traffic', 'received')).toBe(0)
    expect(cell(admin, 'traffic', 'received')).toBe(1)
    expect(cell(admin, 'total', 'succeededWritten')).toBe(1)
    // 排查 belongs to the 调委会's own work: the people's table only
    expect(cell(admin, 'total', 'screenings')).toBe(0)
    expect(peoples.rateBase).toBe('received')
  })

  it('a room that is not a 调委会 files 委派/委托 in a table of their own', () => {
    const tables = statutoryTables({
      inputs: INPUTS,
      screenings: SCREENINGS,
      range: YEAR,
      courtLinkedIsPeople: false,
      rateBase: 'concluded',
    })
    expect(tables.map((t) => t.kind)).toEqual(['people', 'administrative', 'court'])
    const court = tables[2] as StatutoryTable
    expect(court.rows.map((r) => r.key)).toEqual(['court-delegated', 'court-entrusted', 'total'])
    expect(cell(court, 'court-delegated', 'succeeded')).toBe(1)
    expect(cell(tables[0] as StatutoryTable, 'total', 'received')).toBe(4)
    expect(tables.every((t) => t.rateBase === 'concluded')).toBe(true)
  })

  it('组织队伍: committees by type and their 专职 / 兼职 mediators', () => {
    const counts = rosterCounts({
      committees: [
        { id: 'a', name: '甲社区调委会', type: 'community', fullTime: 1, partTime: 4 },
        { id: 'b', name: '乙村调委会', type: 'village', fullTime: 0, partTime: 3 },
        { id: 'c', name: '丙社区调委会', type: 'community', fullTime: 2, partTime: 1 },
      ],
    })
    expect(counts.committees).toBe(3)
    expect(counts.byType).toMatchObject({ community: 2, village: 1, street: 0 })
    expect([counts.fullTime, counts.partTime]).toEqual([3, 8])
  })
})
