import { describe, expect, it } from 'vitest'
import { statInputSchema, toStatInput, type CaseDetailLike } from '../../../renderer/src/domain/statistics'
import { makePerson, makeOrganisation } from '../../builders/cases'
import * as rec from '../../builders/records'

const parties = [
  makePerson({ name: '王小明' }),
  makePerson({ name: '赵大海', role: 'respondent' }),
  makeOrganisation(),
]
// Mid-day UTC is the same local day anywhere from UTC-11 to UTC+11.
const noon = (day: string) => `${day}T12:00:00.000Z`

function detail(overrides: Partial<CaseDetailLike> = {}): CaseDetailLike {
  return {
    id: 'c1',
    kind: 'people',
    sector: null,
    disputeType: 'damages',
    source: 'proactive',
    status: 'mediating',
    outcome: null,
    mediatorId: 'm1',
    riskLevel: '',
    events: { registered: '2026-03-01' },
    createdAt: noon('2026-03-01'),
    parties,
    records: [],
    ...overrides,
  }
}

const agreementWithTwoTerms = () => {
  const a = rec.agreement({ parties } as never, 300_000)
  return { ...a, terms: [...a.terms, { ...a.terms[0]!, id: 'term-2', amountFen: 50_050 }] }
}

describe('toStatInput', () => {
  it('an open case: registration day, parties counted, nothing concluded', () => {
    expect(toStatInput(detail())).toEqual({
      id: 'c1',
      kind: 'people',
      sector: null,
      disputeType: 'damages',
      source: 'proactive',
      status: 'mediating',
      outcome: null,
      mediatorId: 'm1',
      riskLevel: null,
      registeredOn: '2026-03-01',
      concludedOn: null,
      agreementAmountFen: 0,
      persons: 3,
      preventions: [],
      // never accepted (受理): not received; nothing agreed, applied for, performed or visited
      acceptedOn: null,
      agreementForm: null,
      confirmationApplied: [],
      confirmed: [],
      performedOn: null,
      unperformedOn: null,
      visits: [],
      massPersons: 0,
    })
  })

  it('an agreement: its effective day and the sum of its latest version’s terms', () => {
    const older = {
      kind: 'agreement' as const,
      createdAt: noon('2026-03-04'),
      data: rec.agreement({ parties } as never, 1),
    }
    const latest = {
      kind: 'agreement' as const,
      createdAt: noon('2026-03-05'),
      data: agreementWithTwoTerms(),
    }
    const input = toStatInput(
      detail({
        status: 'closed',
        outcome: 'agreed',
        events: { registered: '2026-03-01', 'agreement-effective': '2026-03-06' },
        records: [latest, older],
      }),
    )
    expect(input).toMatchObject({ concludedOn: '2026-03-06', agreementAmountFen: 350_050 })
    // Without the plain event (a de-identified copy may lack it) the agreement's own date is used.
    expect(toStatInput(detail({ outcome: 'agreed', records: [latest] })).concludedOn).toBe('2026-03-05')
  })

  it('a termination is dated by its notice; a rejection by its step', () => {
    const terminated = toStatInput(
      detail({
        outcome: 'terminated',
        status: 'terminated',
        records: [{ kind: 'termination', createdAt: noon('2026-03-12'), data: rec.termination() }],
      }),
    )
    expect(terminated.concludedOn).toBe('2026-03-10')
    const rejected = toStatInput(
      detail({
        outcome: 'rejected',
        status: 'rejected',
        records: [
          {
            kind: 'transition',
            createdAt: noon('2026-03-02'),
            data: { action: 'reject', from: 'registered', to: 'rejected' },
          },
        ],
      }),
    )
    expect(rejected.concludedOn).toBe('2026-03-02')
  })

  it('preventions keep their flag, persons and day; unreadable ones are left out', () => {
    const input = toStatInput(
      detail({
        riskLevel: 'red',
        parties: 4,
        records: [
          {
            kind: 'prevention',
            createdAt: noon('2026-03-08'),
            data: { flag: 'suicide', persons: 1, note: '' },
          },
          { kind: 'prevention', createdAt: noon('2026-03-09'), data: { flag: 'nonsense', persons: 1 } },
          { kind: 'risk', createdAt: noon('2026-03-09'), data: { level: 'red', reason: '情绪激动' } },
        ],
      }),
    )
    expect(input.preventions).toEqual([{ flag: 'suicide', persons: 1, on: '2026-03-08' }])
    expect(input).toMatchObject({ riskLevel: 'red', persons: 4 })
  })

  it('carries nothing that identifies a person, and the schema refuses extra fields', () => {
    const input = toStatInput(
      detail({
        outcome: 'agreed',
        records: [{ kind: 'agreement', createdAt: noon('2026-03-05'), data: agreementWithTwoTerms() }],
      }),
    )
    const text = JSON.stringify(input)
    for (const p of parties) {
      expect(text).not.toContain(p.name)
      expect(text).not.toContain(p.phone)
    }
    expect(text).not.toContain('被申请人赔偿')
    expect(statInputSchema.safeParse({ ...input, partyNames: ['王小明'] }).success).toBe(false)
  })
})
