import { describe, expect, it } from 'vitest'
import { caseRegistrationSchema } from '../../../renderer/src/domain/cases/case'
import {
  ADMIN_SECTORS,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
  type AdminSector,
  type CaseStatus,
  type MediationKind,
} from '../../../renderer/src/domain/cases/catalogues'
import type { CaseDraft } from '../../../renderer/src/domain/cases/draft'
import { partySchema } from '../../../renderer/src/domain/cases/party'
import { performanceOf, recordFacts } from '../../../renderer/src/domain/cases/record-facts'
import { RECORD_SCHEMAS, type RecordKind } from '../../../renderer/src/domain/cases/records'
import { generateDemoCases } from '../../../renderer/src/demo'
import { checkResidentId } from '../../../renderer/src/domain/ids/resident-id'
import { checkTransition, WORKFLOWS, type Action } from '../../../renderer/src/domain/workflow/workflows'

const NOW = new Date('2026-11-25T02:00:00.000Z')
const SEED = 20261125
const N = 2000
const cases = generateDemoCases({ seed: SEED, count: N, now: NOW })

/** Statuses reachable from 登记 in a kind's workflow (for one sector), computed here independently. */
function reachable(kind: MediationKind, sector: AdminSector | null): Set<CaseStatus> {
  const seen = new Set<CaseStatus>(['registered'])
  const queue: CaseStatus[] = ['registered']
  while (queue.length) {
    const s = queue.shift() as CaseStatus
    for (const t of WORKFLOWS[kind]) {
      if (!t.from.includes(s) || (t.sectors && (!sector || !t.sectors.includes(sector)))) continue
      if (!seen.has(t.to)) queue.push(t.to)
      seen.add(t.to)
    }
  }
  return seen
}

/**
 * Replays the case's transition records through the workflow, with the records written before each
 * and what they say (how far the agreement is performed, where its 司法确认 stands).
 */
function replay(c: CaseDraft): { status: CaseStatus; problems: string[] } {
  const counts: Partial<Record<RecordKind, number>> = {}
  const problems: string[] = []
  let status: CaseStatus = 'registered'
  for (const [i, r] of c.records.entries()) {
    if (r.kind === 'transition') {
      const t = RECORD_SCHEMAS.transition.parse(r.data)
      if (t.from !== status) problems.push(`${t.action} recorded from ${t.from}, case was ${status}`)
      const facts = recordFacts(c.records.slice(0, i))
      const state = { performance: performanceOf(facts.terms), confirmation: facts.confirmation }
      const check = checkTransition(
        { kind: c.kind, sector: c.sector, status, records: counts, state },
        t.action as Action,
        t.reason,
      )
      if (!check.ok) problems.push(`${t.action} from ${status}: ${check.problem}`)
      else if (check.to !== t.to) problems.push(`${t.action} leads to ${check.to}, recorded ${t.to}`)
      status = t.to as CaseStatus
    }
    counts[r.kind] = (counts[r.kind] ?? 0) + 1
  }
  return { status, problems }
}

describe('generateDemoCases', () => {
  it(`produces ${N} cases whose registration, parties and records all pass the zod schemas`, () => {
    expect(cases).toHaveLength(N)
    const failures: string[] = []
    for (const [i, c] of cases.entries()) {
      // Court-linked cases are registered with the court's letter, which the draft keeps as its first record.
      const courtReferral = c.records.find((r) => r.kind === 'court-referral')?.data ?? null
      const reg = caseRegistrationSchema.safeParse({ ...c, courtReferral })
      if (!reg.success) failures.push(`#${i} registration: ${JSON.stringify(reg.error.issues)}`)
      for (const p of c.parties) {
        const r = partySchema.safeParse(p)
        if (!r.success) failures.push(`#${i} party ${p.id}: ${JSON.stringify(r.error.issues)}`)
      }
      for (const rec of c.records) {
        const r = RECORD_SCHEMAS[rec.kind].safeParse(rec.data)
        if (!r.success) failures.push(`#${i} ${rec.kind}: ${JSON.stringify(r.error.issues)}`)
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
  })

  it('is deterministic: same seed equal, another seed different, chunks equal the whole run', () => {
    const again = generateDemoCases({ seed: SEED, count: 300, now: NOW })
    expect(again).toEqual(cases.slice(0, 300))
    const chunk = generateDemoCases({ seed: SEED, count: 200, now: NOW, startIndex: 1500 })
    expect(chunk).toEqual(cases.slice(1500, 1700))
    const other = generateDemoCases({ seed: SEED + 1, count: 300, now: NOW })
    expect(other).not.toEqual(cases.slice(0, 300))
    const differing = other.filter((c, i) => JSON.stringify(c) !== JSON.stringify(cases[i])).length
    expect(differing).toBeGreaterThan(290)
  })

  it('covers every kind, sector, dispute type and every status reachable in each workflow', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(MEDIATION_KINDS))
    expect(new Set(cases.map((c) => c.disputeType))).toEqual(new Set(DISPUTE_TYPES))
    const admin = cases.filter((c) => c.kind === 'administrative')
    expect(new Set(admin.map((c) => c.sector))).toEqual(new Set(ADMIN_SECTORS))
    expect(cases.filter((c) => c.kind !== 'administrative').every((c) => c.sector === null)).toBe(true)

    for (const kind of MEDIATION_KINDS) {
      const seen = new Set(cases.filter((c) => c.kind === kind).map((c) => c.status))
      const expected = new Set<CaseStatus>()
      for (const sector of kind === 'administrative' ? ADMIN_SECTORS : [null]) {
        for (const s of reachable(kind, sector)) expected.add(s)
      }
      expect([kind, seen]).toEqual([kind, expected])
    }
    // Only sectors that investigate reach 调查中.
    const investigating = new Set(admin.filter((c) => c.status === 'investigating').map((c) => c.sector))
    expect(investigating.size).toBeGreaterThan(1)
    for (const sector of investigating)
      expect(['public-security', 'traffic', 'land', 'other']).toContain(sector)
  })

  it('reaches each status only through steps the workflow allows, with the records each step requires', () => {
    const problems: string[] = []
    for (const [i, c] of cases.entries()) {
      const { status, problems: p } = replay(c)
      if (status !== c.status) problems.push(`#${i} replays to ${status}, draft says ${c.status}`)
      for (const x of p) problems.push(`#${i} (${c.kind}) ${x}`)
      const kinds = new Set(c.records.map((r) => r.kind))
      const court = c.kind === 'court-delegated' || c.kind === 'court-entrusted'
      if (court && !kinds.has('court-referral')) problems.push(`#${i} court case without referral`)
      if (court && (c.status === 'closed' || (c.status === 'archived' && c.outcome !== 'rejected'))) {
        if (!kinds.has('court-report')) problems.push(`#${i} closed court case without report`)
      }
      // 治安: a mediation that failed goes back to the police (终止); one agreed but not performed closes.
      const returned = kinds.has('police-return') && !kinds.has('agreement')
      const expectedOutcome =
        kinds.has('termination') || returned
          ? 'terminated'
          : kinds.has('agreement')
            ? 'agreed'
            : c.records.some(
                  (r) => r.kind === 'transition' && (r.data as { action: string }).action === 'reject',
                )
              ? 'rejected'
              : null
      if (c.outcome !== expectedOutcome)
        problems.push(`#${i} outcome ${c.outcome}, expected ${expectedOutcome}`)
    }
    expect(problems.slice(0, 10)).toEqual([])
  })

  it('spreads registrations over the two years before now, with records after registration and none in the future', () => {
    const now = NOW.getTime()
    const twoYears = 2 * 366 * 24 * 3600_000
    const problems: string[] = []
    for (const [i, c] of cases.entries()) {
      const created = Date.parse(c.createdAt)
      if (!(created > now - twoYears && created < now)) problems.push(`#${i} created ${c.createdAt}`)
      let prev = created
      for (const r of c.records) {
        const at = Date.parse(r.createdAt)
        if (!(at > prev) && !(at === prev && prev !== created))
          problems.push(`#${i} ${r.kind} at ${r.createdAt} not after ${prev}`)
        if (at > now) problems.push(`#${i} ${r.kind} in the future`)
        prev = at
      }
      const last = c.records.at(-1)?.createdAt ?? c.createdAt
      if (c.updatedAt !== last) problems.push(`#${i} updatedAt ${c.updatedAt} is not the last change ${last}`)
    }
    expect(problems.slice(0, 10)).toEqual([])
    const created = cases.map((c) => Date.parse(c.createdAt))
    const oldest = Math.min(...created)
    const newest = Math.max(...created)
    expect(now - oldest).toBeGreaterThan(600 * 24 * 3600_000)
    expect(now - newest).toBeLessThan(2 * 24 * 3600_000)
    // Open cases are recent; old cases are finished, but for the odd long instalment plan.
    const old = cases.filter((c) => Date.parse(c.createdAt) < now - 200 * 24 * 3600_000)
    const finished = old.filter((c) => ['archived', 'closed', 'terminated', 'rejected'].includes(c.status))
    expect(finished.length).toBeGreaterThan(old.length * 0.99)
  })

  it('grades risk mostly green, some yellow and orange, few red; prevention and escalation occur occasionally', () => {
    const count = (level: string) => cases.filter((c) => c.riskLevel === level).length
    expect(count('green')).toBeGreaterThan(N * 0.6)
    expect(count('yellow')).toBeGreaterThan(N * 0.08)
    expect(count('orange')).toBeGreaterThan(N * 0.03)
    expect(count('red')).toBeGreaterThan(5)
    expect(count('red')).toBeLessThan(count('orange'))
    const withKind = (k: RecordKind) => cases.filter((c) => c.records.some((r) => r.kind === k)).length
    expect(withKind('prevention')).toBeGreaterThan(10)
    expect(withKind('prevention')).toBeLessThan(N * 0.1)
    expect(withKind('escalation')).toBeGreaterThan(5)
    expect(withKind('escalation')).toBeLessThan(N * 0.05)
    // The last risk assessment is the case's level.
    for (const c of cases) {
      const risks = c.records.filter((r) => r.kind === 'risk')
      if (c.riskLevel === null) expect(risks).toEqual([])
      else expect((risks.at(-1)?.data as { level: string } | undefined)?.level).toBe(c.riskLevel)
    }
  })

  it('makes realistic people: Dalian ID numbers and addresses, surnames including two-character ones', () => {
    const persons = cases.flatMap((c) => c.parties).filter((p) => p.type === 'person')
    const ids = persons.filter((p) => p.idType === 'resident-id' && p.idNumber)
    expect(ids.every((p) => checkResidentId(p.idNumber ?? '').valid)).toBe(true)
    expect(ids.filter((p) => p.idNumber?.startsWith('2102')).length).toBeGreaterThan(ids.length * 0.6)
    expect(persons.filter((p) => (p.address ?? '').includes('大连市')).length).toBeGreaterThan(
      persons.length * 0.9,
    )
    expect(persons.some((p) => /^(欧阳|司马|上官|诸葛|东方|皇甫|慕容|公孙|令狐|尉迟)/.test(p.name))).toBe(
      true,
    )
    expect(new Set(persons.map((p) => p.name)).size).toBeGreaterThan(persons.length * 0.5)
    expect(cases.flatMap((c) => c.parties).some((p) => p.type === 'organisation')).toBe(true)
    // Narratives vary: many distinct facts per dispute type.
    for (const type of DISPUTE_TYPES) {
      const facts = new Set(cases.filter((c) => c.disputeType === type).map((c) => c.facts))
      expect([type, facts.size > 5]).toEqual([type, true])
    }
  })
})
