import { describe, expect, it } from 'vitest'
import type { HolidayCalendar } from '../../../renderer/src/domain/deadlines/calendar'
import {
  applicableRules,
  computeDeadlines,
  deadlineInputOf,
  deadlineState,
  nextDueDate,
  type DeadlineInput,
} from '../../../renderer/src/domain/deadlines/compute'
import { defaultHolidayCalendar } from '../../../renderer/src/domain/deadlines/default-calendar'
import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from '../../../renderer/src/domain/deadlines/rules'

const cal = defaultHolidayCalendar()
const rules = DEFAULT_DEADLINE_RULES

const input = (patch: Partial<DeadlineInput> = {}): DeadlineInput => ({
  kind: 'people',
  sector: null,
  open: true,
  events: {},
  extensionDays: 0,
  judicialConfirmationApplied: false,
  ...patch,
})

const due = (i: DeadlineInput, today = '2026-01-01', c: HolidayCalendar = cal) =>
  Object.fromEntries(computeDeadlines(i, rules, c, today).map((d) => [d.ruleId, d.dueDate]))

describe('computeDeadlines with the default rules', () => {
  it('人民调解: one month from acceptance, clamped to the month end', () => {
    expect(due(input({ events: { registered: '2026-01-20', accepted: '2026-01-31' } }))).toEqual({
      'people.conclude': '2026-02-28',
    })
  })

  it('人民调解: 司法确认 within 30 days of the agreement taking effect, until applied', () => {
    const agreed = input({
      open: false,
      events: { accepted: '2026-03-02', 'agreement-effective': '2026-03-20' },
    })
    expect(due(agreed)).toEqual({ 'people.judicial-confirmation': '2026-04-19' })
    expect(due({ ...agreed, judicialConfirmationApplied: true })).toEqual({})
  })

  it('行政调解 traffic: 10 days from acceptance', () => {
    const i = input({ kind: 'administrative', sector: 'traffic', events: { accepted: '2026-09-28' } })
    expect(due(i)).toEqual({ 'administrative.traffic.conclude': '2026-10-08' })
  })

  it('行政调解 labour: 15 days from receiving the application', () => {
    const i = input({ kind: 'administrative', sector: 'labour', events: { registered: '2026-03-01' } })
    expect(due(i)).toEqual({ 'administrative.labour.conclude': '2026-03-16' })
  })

  it('行政调解 consumer: accept within 7 working days, conclude 45 working days after acceptance', () => {
    const registered = input({
      kind: 'administrative',
      sector: 'consumer',
      events: { registered: '2026-02-12' },
    })
    // Across 春节 2026 with its 调休 Saturdays (see calendar tests).
    expect(due(registered)).toEqual({ 'administrative.consumer.accept': '2026-02-28' })
    const accepted = { ...registered, events: { registered: '2026-02-12', accepted: '2026-09-25' } }
    // Across 中秋 and 国庆 2026.
    expect(due(accepted)).toEqual({ 'administrative.consumer.conclude': '2026-12-03' })
  })

  it('行政调解 public security, land, other: the configurable 30-day default', () => {
    for (const sector of ['public-security', 'land', 'other'] as const) {
      const i = input({ kind: 'administrative', sector, events: { accepted: '2026-03-01' } })
      expect(due(i)).toEqual({ [`administrative.${sector}.conclude`]: '2026-03-31' })
    }
  })

  it('行政调解: 司法确认 applies in every sector, and with no sector recorded', () => {
    for (const sector of ['traffic', 'consumer', null] as const) {
      const i = input({
        kind: 'administrative',
        sector,
        open: false,
        events: { 'agreement-effective': '2026-03-01' },
      })
      expect(due(i)).toEqual({ 'administrative.judicial-confirmation': '2026-03-31' })
    }
  })

  it('委派调解: 30 days from the referral; 司法确认 after agreement', () => {
    const i = input({ kind: 'court-delegated', events: { 'court-referred': '2026-03-01' } })
    expect(due(i)).toEqual({ 'court-delegated.conclude': '2026-03-31' })
    const agreed = {
      ...i,
      open: false,
      events: { 'court-referred': '2026-03-01', 'agreement-effective': '2026-03-10' },
    }
    expect(due(agreed)).toEqual({ 'court-delegated.judicial-confirmation': '2026-04-09' })
  })

  it('委托调解: 15 days from the referral, and no 司法确认', () => {
    const i = input({
      kind: 'court-entrusted',
      events: { 'court-referred': '2026-03-01', 'agreement-effective': '2026-03-05' },
    })
    expect(due(i)).toEqual({ 'court-entrusted.conclude': '2026-03-16' })
  })

  it('a deadline whose start event has not happened is absent', () => {
    expect(
      computeDeadlines(input({ events: { registered: '2026-03-01' } }), rules, cal, '2026-03-01'),
    ).toEqual([])
    expect(due(input({ kind: 'court-delegated', events: { registered: '2026-03-01' } }))).toEqual({})
  })

  it('stops 受理 once accepted or closed, and 结案 once the case is no longer open', () => {
    const consumer = input({
      kind: 'administrative',
      sector: 'consumer',
      events: { registered: '2026-03-02' },
    })
    expect(Object.keys(due(consumer))).toEqual(['administrative.consumer.accept'])
    expect(due({ ...consumer, open: false })).toEqual({})
    expect(due({ ...consumer, events: { registered: '2026-03-02', accepted: '2026-03-04' } })).toEqual({
      'administrative.consumer.conclude': '2026-05-11',
    })
    expect(due(input({ open: false, events: { accepted: '2026-03-01' } }))).toEqual({})
  })

  it('adds extension days (calendar) to the conclude deadline only', () => {
    const i = input({
      events: { accepted: '2026-01-31', 'agreement-effective': '2026-02-10' },
      extensionDays: 15,
    })
    expect(due(i)).toEqual({ 'people.conclude': '2026-03-15', 'people.judicial-confirmation': '2026-03-12' })
    const consumer = input({
      kind: 'administrative',
      sector: 'consumer',
      events: { registered: '2026-03-02' },
      extensionDays: 5,
    })
    expect(due(consumer)).toEqual({ 'administrative.consumer.accept': '2026-03-11' })
    expect(due({ ...i, extensionDays: -3 })['people.conclude']).toBe('2026-02-28')
  })

  it('lists deadlines earliest first, and nextDueDate picks the earliest', () => {
    const i = input({ events: { accepted: '2026-03-01', 'agreement-effective': '2026-03-05' } })
    const list = computeDeadlines(i, rules, cal, '2026-03-10')
    expect(list.map((d) => d.ruleId)).toEqual(['people.conclude', 'people.judicial-confirmation'])
    expect(nextDueDate(list)).toBe('2026-04-01')
    expect(nextDueDate([...list].reverse())).toBe('2026-04-01')
    expect(nextDueDate([])).toBeNull()
  })

  it('uses an edited calendar: a day off added by the administrator moves a working-day deadline', () => {
    const i = input({ kind: 'administrative', sector: 'consumer', events: { registered: '2026-03-02' } })
    expect(due(i)['administrative.consumer.accept']).toBe('2026-03-11')
    const edited = { ...cal, offDays: [...cal.offDays, '2026-03-05'].sort() }
    expect(due(i, '2026-03-02', edited)['administrative.consumer.accept']).toBe('2026-03-12')
  })
})

describe('deadline states', () => {
  const at = (today: string) => {
    const [d] = computeDeadlines(input({ events: { accepted: '2026-03-01' } }), rules, cal, today)
    return d && { daysLeft: d.daysLeft, state: d.state, purpose: d.purpose }
  }

  it('is ok until three days remain, due soon on the last three days, overdue after', () => {
    // Due 2026-04-01.
    expect(at('2026-03-01')).toEqual({ daysLeft: 31, state: 'ok', purpose: 'conclude' })
    expect(at('2026-03-29')).toEqual({ daysLeft: 3, state: 'ok', purpose: 'conclude' })
    expect(at('2026-03-30')).toEqual({ daysLeft: 2, state: 'due-soon', purpose: 'conclude' })
    expect(at('2026-03-31')).toEqual({ daysLeft: 1, state: 'due-soon', purpose: 'conclude' })
    expect(at('2026-04-01')).toEqual({ daysLeft: 0, state: 'due-soon', purpose: 'conclude' })
    expect(at('2026-04-02')).toEqual({ daysLeft: -1, state: 'overdue', purpose: 'conclude' })
  })

  it('deadlineState boundaries', () => {
    expect([-10, -1, 0, 2, 3, 10].map(deadlineState)).toEqual([
      'overdue',
      'overdue',
      'due-soon',
      'due-soon',
      'ok',
      'ok',
    ])
  })
})

describe('applicableRules', () => {
  const custom: DeadlineRule[] = [
    {
      id: 'adm.all',
      kind: 'administrative',
      sector: null,
      purpose: 'conclude',
      event: 'accepted',
      length: 20,
      unit: 'calendar',
    },
    {
      id: 'adm.traffic',
      kind: 'administrative',
      sector: 'traffic',
      purpose: 'conclude',
      event: 'accepted',
      length: 10,
      unit: 'calendar',
    },
  ]

  it("prefers a sector's own rule over the all-sectors rule of the same purpose", () => {
    expect(applicableRules(custom, 'administrative', 'traffic').map((r) => r.id)).toEqual(['adm.traffic'])
    expect(applicableRules(custom, 'administrative', 'land').map((r) => r.id)).toEqual(['adm.all'])
    expect(applicableRules(custom, 'administrative', null).map((r) => r.id)).toEqual(['adm.all'])
    expect(applicableRules(custom, 'people', null)).toEqual([])
  })

  it('a court-report rule runs while the case is open', () => {
    const report: DeadlineRule = {
      id: 'r',
      kind: 'court-entrusted',
      sector: null,
      purpose: 'court-report',
      event: 'court-referred',
      length: 20,
      unit: 'calendar',
    }
    const i = input({ kind: 'court-entrusted', events: { 'court-referred': '2026-03-01' }, extensionDays: 5 })
    expect(computeDeadlines(i, [report], cal, '2026-03-01').map((d) => d.dueDate)).toEqual(['2026-03-21'])
    expect(computeDeadlines({ ...i, open: false }, [report], cal, '2026-03-01')).toEqual([])
  })
})

describe('deadlineInputOf', () => {
  const kase = {
    kind: 'administrative' as const,
    sector: 'consumer' as const,
    status: 'mediating' as const,
    events: { registered: '2026-03-01', accepted: '2026-03-02' },
    extensionDays: 7,
    judicialConfirmationApplied: true,
  }

  it('carries what deadlines depend on, open while the case is worked', () => {
    expect(deadlineInputOf(kase)).toEqual({
      kind: 'administrative',
      sector: 'consumer',
      open: true,
      events: { registered: '2026-03-01', accepted: '2026-03-02' },
      extensionDays: 7,
      judicialConfirmationApplied: true,
    })
  })

  it('is closed for a case that is closed, declined, ended or archived', () => {
    for (const status of ['closed', 'rejected', 'terminated', 'archived'] as const) {
      expect(deadlineInputOf({ ...kase, status }).open).toBe(false)
    }
  })
})
