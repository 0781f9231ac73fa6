import { describe, expect, it } from 'vitest'
import { ADMIN_SECTORS, MEDIATION_KINDS } from '../../../renderer/src/domain/cases/catalogues'
import {
  DEFAULT_DEADLINE_RULES,
  deadlineRulesSchema,
  defaultDeadlineRules,
  withDefaultRules,
  type DeadlineRule,
} from '../../../renderer/src/domain/deadlines/rules'

const rule = (patch: Partial<DeadlineRule> = {}): DeadlineRule => ({
  id: 'people.conclude',
  kind: 'people',
  sector: null,
  procedure: null,
  purpose: 'conclude',
  event: 'accepted',
  length: 1,
  unit: 'months',
  direction: 'after',
  ...patch,
})

const messages = (input: unknown) => {
  const r = deadlineRulesSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)
}

describe('default deadline rules', () => {
  it('are a valid rule set', () => {
    expect(deadlineRulesSchema.parse(DEFAULT_DEADLINE_RULES)).toEqual(DEFAULT_DEADLINE_RULES)
  })

  it('give every kind, and every administrative sector, a deadline to conclude', () => {
    for (const kind of MEDIATION_KINDS.filter((k) => k !== 'administrative')) {
      expect(DEFAULT_DEADLINE_RULES.some((r) => r.kind === kind && r.purpose === 'conclude')).toBe(true)
    }
    for (const sector of ADMIN_SECTORS) {
      expect(
        DEFAULT_DEADLINE_RULES.filter(
          (r) => r.kind === 'administrative' && r.sector === sector && r.purpose === 'conclude',
        ),
      ).toHaveLength(1)
    }
  })

  // Traffic now runs from the day the loss is fixed (实施条例 Art. 94), not from acceptance; 委托
  // has a simplified-procedure rule (7 days) and both court-linked kinds a report-back rule.
  it('follow DOMAIN.md and the rules they cite', () => {
    const byId = Object.fromEntries(
      DEFAULT_DEADLINE_RULES.map((r) => [
        r.id,
        `${r.event}${r.direction === 'before' ? '-' : '+'}${r.length} ${r.unit} → ${r.purpose}${r.procedure ? ` (${r.procedure})` : ''}`,
      ]),
    )
    expect(byId).toEqual({
      'people.conclude': 'accepted+1 months → conclude',
      'administrative.traffic.conclude': 'loss-fixed+10 calendar → conclude',
      'administrative.traffic.application': 'accident-report-received+10 calendar → application',
      'administrative.traffic.session-notice': 'session-scheduled-3 calendar → session-notice',
      'administrative.labour.conclude': 'registered+15 calendar → conclude',
      'administrative.consumer.accept': 'registered+7 working → accept',
      'administrative.consumer.conclude': 'accepted+45 working → conclude',
      'administrative.public-security.conclude': 'accepted+30 calendar → conclude',
      'administrative.land.conclude': 'accepted+30 calendar → conclude',
      'administrative.other.conclude': 'accepted+30 calendar → conclude',
      'court-delegated.conclude': 'court-referred+30 calendar → conclude',
      'court-delegated.court-report': 'court-referred+30 calendar → court-report',
      'court-entrusted.conclude': 'court-referred+15 calendar → conclude',
      'court-entrusted.simplified.conclude': 'court-referred+7 calendar → conclude (simplified)',
      'court-entrusted.court-report': 'court-referred+15 calendar → court-report',
      'court-entrusted.simplified.court-report': 'court-referred+7 calendar → court-report (simplified)',
      'people.judicial-confirmation': 'agreement-effective+30 calendar → judicial-confirmation',
      'administrative.judicial-confirmation': 'agreement-effective+30 calendar → judicial-confirmation',
      'court-delegated.judicial-confirmation': 'agreement-effective+30 calendar → judicial-confirmation',
    })
  })

  it('have no 司法确认 rule for 委托调解 (the court ends it with a 调解书 or 撤诉)', () => {
    expect(
      DEFAULT_DEADLINE_RULES.filter(
        (r) => r.kind === 'court-entrusted' && r.purpose === 'judicial-confirmation',
      ),
    ).toEqual([])
  })

  it('are handed out as copies', () => {
    const copy = defaultDeadlineRules()
    copy[0]!.length = 99
    expect(DEFAULT_DEADLINE_RULES[0]!.length).toBe(1)
  })
})

describe('deadlineRulesSchema', () => {
  it('accepts an edited length and unit', () => {
    expect(deadlineRulesSchema.parse([rule({ length: 45, unit: 'working' })])[0]).toMatchObject({
      length: 45,
      unit: 'working',
    })
  })

  it('refuses negative, zero, fractional, missing and too long lengths', () => {
    expect(messages([rule({ length: -1 })])).toEqual(['0.length:deadlineValidation.length'])
    expect(messages([rule({ length: 0 })])).toEqual(['0.length:deadlineValidation.length'])
    expect(messages([rule({ length: 1.5, unit: 'calendar' })])).toEqual([
      '0.length:deadlineValidation.length',
    ])
    expect(messages([{ ...rule(), length: undefined }])).toEqual(['0.length:deadlineValidation.length'])
    expect(messages([rule({ length: 367, unit: 'working' })])).toEqual(['0.length:deadlineValidation.length'])
    expect(messages([rule({ length: 25, unit: 'months' })])).toEqual([
      '0.length:deadlineValidation.lengthMonths',
    ])
    expect(messages([rule({ length: 366, unit: 'calendar' })])).toEqual([])
  })

  it('refuses unknown kinds, sectors, purposes, events and units', () => {
    expect(messages([{ ...rule(), kind: 'criminal' }])).toEqual(['0.kind:deadlineValidation.choice'])
    expect(messages([{ ...rule(), unit: 'weeks' }])).toEqual(['0.unit:deadlineValidation.choice'])
    expect(messages([{ ...rule(), event: 'filed' }])).toEqual(['0.event:deadlineValidation.choice'])
    expect(messages([{ ...rule(), purpose: 'x' }])).toEqual(['0.purpose:deadlineValidation.choice'])
    expect(messages([{ ...rule({ kind: 'administrative' }), sector: 'tax' }])).toEqual([
      '0.sector:deadlineValidation.choice',
    ])
  })

  it('refuses a sector outside 行政调解, a procedure outside 委托, an empty id and duplicates', () => {
    expect(messages([rule({ sector: 'traffic' })])).toEqual([
      '0.sector:deadlineValidation.sectorOnlyAdministrative',
    ])
    expect(messages([rule({ procedure: 'simplified' })])).toEqual([
      '0.procedure:deadlineValidation.procedureOnlyEntrusted',
    ])
    expect(
      messages([
        rule({ id: 'a', kind: 'court-entrusted', event: 'court-referred' }),
        rule({ id: 'b', kind: 'court-entrusted', event: 'court-referred', procedure: 'simplified' }),
      ]),
    ).toEqual([])
    expect(messages([rule({ id: ' ' })])).toEqual(['0.id:deadlineValidation.ruleId'])
    expect(messages([rule(), rule({ id: 'other', length: 2 })])).toEqual([
      '1:deadlineValidation.duplicateRule',
    ])
    expect(messages([rule(), rule({ purpose: 'accept', event: 'registered' })])).toEqual([
      '1:deadlineValidation.duplicateRule',
    ])
  })

  it('refuses what is not a list', () => {
    expect(deadlineRulesSchema.safeParse({}).success).toBe(false)
    expect(deadlineRulesSchema.safeParse(null).success).toBe(false)
  })
})

describe('withDefaultRules', () => {
  it('keeps stored lengths and units, fills in missing defaults in default order, keeps extra rules last', () => {
    const extra = rule({
      id: 'local.court-report',
      kind: 'court-entrusted',
      purpose: 'application',
      event: 'court-referred',
      length: 3,
      unit: 'calendar',
    })
    const merged = withDefaultRules([rule({ length: 2 }), extra])
    expect(merged.map((r) => r.id)).toEqual([...DEFAULT_DEADLINE_RULES.map((r) => r.id), extra.id])
    expect(merged[0]!.length).toBe(2)
    expect(merged.find((r) => r.id === 'administrative.traffic.conclude')?.length).toBe(10)
  })

  it('reads rules stored before procedures and directions existed, and takes a built-in rule’s event from the law', () => {
    // As an administrator's save stored it before: traffic counted from acceptance, 12 working days.
    const stored = [
      {
        id: 'administrative.traffic.conclude',
        kind: 'administrative',
        sector: 'traffic',
        purpose: 'conclude',
        event: 'accepted',
        length: 12,
        unit: 'working',
      },
    ]
    const merged = withDefaultRules(deadlineRulesSchema.parse(stored))
    expect(merged.find((r) => r.id === 'administrative.traffic.conclude')).toEqual({
      id: 'administrative.traffic.conclude',
      kind: 'administrative',
      sector: 'traffic',
      procedure: null,
      purpose: 'conclude',
      event: 'loss-fixed',
      length: 12,
      unit: 'working',
      direction: 'after',
    })
  })
})
