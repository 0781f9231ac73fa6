/**
 * Deadlines by the default rules on the real 2026 calendar (chinese-days): 国庆 2026-10-01…07 off,
 * 10-10 (Sat) worked; 春节 02-15…23 off, 02-14 and 02-28 (Sat) worked; 清明 04-04…06.
 *
 * Changed rules, each once encoded the other way here: a limit whose last day is a holiday or
 * rest day now ends on the next working day (民法典 Art. 203); the mediation term stops at agreement
 * (it ran while the case was "open"); traffic runs from the day the loss is fixed (not acceptance).
 */
import { describe, expect, it } from 'vitest'
import type { HolidayCalendar } from '../../../renderer/src/domain/deadlines/calendar'
import {
  applicableRules,
  computeDeadlines,
  deadlineInputOf,
  deadlineState,
  dutyDeadlines,
  lateFlags,
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
  procedure: null,
  status: 'mediating',
  events: {},
  extensionDays: 0,
  agreementForm: null,
  confirmation: 'none',
  courtDeadline: '',
  terms: [],
  ...patch,
})

const due = (i: DeadlineInput, today = '2026-01-01', c: HolidayCalendar = cal) =>
  Object.fromEntries(computeDeadlines(i, rules, c, today).map((d) => [d.key, d.dueDate]))

const one = (i: DeadlineInput, key: string, today = '2026-01-01') =>
  computeDeadlines(i, rules, cal, today).find((d) => d.key === key)

describe('holidays move a limit’s last day (民法典 Art. 203)', () => {
  it('a month from acceptance ending on 2026-10-01 ends on 10-08, the first working day after 国庆', () => {
    const d = one(input({ events: { accepted: '2026-09-01' } }), 'people.conclude')
    expect(d).toMatchObject({ dueDate: '2026-10-08', movedFrom: '2026-10-01', basis: 'rule' })
  })

  it('a Saturday that is a 调休 working day is not moved; one clamped to the month end stays', () => {
    expect(one(input({ events: { accepted: '2026-01-31' } }), 'people.conclude')).toMatchObject({
      dueDate: '2026-02-28',
      movedFrom: null,
    })
  })

  it('moves the 30-day 司法确认 window off a Sunday', () => {
    const agreed = input({
      status: 'agreed',
      agreementForm: 'written',
      events: { accepted: '2026-03-02', 'agreement-effective': '2026-03-20' },
    })
    expect(one(agreed, 'people.judicial-confirmation')).toMatchObject({
      dueDate: '2026-04-20',
      movedFrom: '2026-04-19',
      partyOption: true,
    })
    expect(due({ ...agreed, confirmation: 'applied' })).toEqual({})
  })

  it('moves the end of an extended term too', () => {
    // 2026-02-28 + 15 days = 03-15, a Sunday → 03-16.
    const i = input({ events: { accepted: '2026-01-31' }, extensionDays: 15 })
    expect(one(i, 'people.conclude')).toMatchObject({
      dueDate: '2026-03-16',
      movedFrom: '2026-03-15',
      extensionDays: 15,
    })
  })

  it('uses the administrator’s calendar: a day off added there moves a limit ending on it', () => {
    const i = input({ kind: 'administrative', sector: 'labour', events: { registered: '2026-03-01' } })
    expect(due(i)['administrative.labour.conclude']).toBe('2026-03-16')
    const edited = { ...cal, offDays: [...cal.offDays, '2026-03-16'].sort() }
    expect(due(i, '2026-03-02', edited)['administrative.labour.conclude']).toBe('2026-03-17')
  })
})

describe('the mediation term stops at agreement; each term’s 履行期限 runs', () => {
  const agreedCase = input({
    status: 'agreed',
    agreementForm: 'oral',
    events: { registered: '2026-09-01', accepted: '2026-09-01', agreed: '2026-09-20' },
    terms: [
      { n: 1, dueDate: '2026-10-15', performed: 'none' },
      { n: 2, dueDate: '', performed: 'none' },
      { n: 3, dueDate: '2026-10-20', performed: 'full' },
    ],
  })

  it('a case accepted 09-01 and agreed 09-20 is not overdue for mediation on 11-15; its open term is', () => {
    const list = computeDeadlines(agreedCase, rules, cal, '2026-11-15')
    expect(list.map((d) => [d.key, d.purpose, d.dueDate, d.state, d.term])).toEqual([
      ['term:1', 'performance', '2026-10-15', 'overdue', 1],
    ])
    expect(list[0]).toMatchObject({ basis: 'agreement', daysLeft: -31, partyOption: false })
  })

  it('while mediating the term runs and no performance deadline does', () => {
    expect(due({ ...agreedCase, status: 'mediating' })).toEqual({ 'people.conclude': '2026-10-08' })
  })

  it('terms run while performed partly, urged or visited, and stop once performed or closed', () => {
    for (const status of ['performing', 'urging', 'visited'] as const) {
      expect(Object.keys(due({ ...agreedCase, status }))).toEqual(['term:1'])
    }
    expect(due({ ...agreedCase, terms: [{ n: 1, dueDate: '2026-10-15', performed: 'partial' }] })).toEqual({
      'term:1': '2026-10-15',
    })
    expect(due({ ...agreedCase, terms: [{ n: 1, dueDate: '2026-10-15', performed: 'full' }] })).toEqual({})
    expect(due({ ...agreedCase, status: 'closed' })).toEqual({})
  })

  it('a reopened case (after a 驳回) mediates again from the reopening', () => {
    const reopened = input({
      events: { accepted: '2026-03-01', reopened: '2026-05-10' },
      extensionDays: 0,
    })
    expect(due(reopened)).toEqual({ 'people.conclude': '2026-06-10' })
  })
})

describe('司法确认 only for a written agreement, never 委托调解', () => {
  const effective = { accepted: '2026-03-02', 'agreement-effective': '2026-03-10' }

  it('an oral agreement has no 司法确认 window', () => {
    expect(due(input({ status: 'agreed', agreementForm: 'oral', events: effective }))).toEqual({})
  })

  it('a written one has it in people’s, administrative and 委派 mediation, not in 委托', () => {
    const written = { status: 'agreed' as const, agreementForm: 'written' as const, events: effective }
    expect(due(input(written))).toEqual({ 'people.judicial-confirmation': '2026-04-09' })
    expect(due(input({ ...written, kind: 'administrative', sector: 'traffic' }))).toEqual({
      'administrative.judicial-confirmation': '2026-04-09',
    })
    expect(due(input({ ...written, kind: 'court-delegated' }))['court-delegated.judicial-confirmation']).toBe(
      '2026-04-09',
    )
    const entrusted = due(input({ ...written, kind: 'court-entrusted' }))
    expect(Object.keys(entrusted).some((k) => k.includes('judicial-confirmation'))).toBe(false)
  })

  it('is the parties’ option: never what makes a case overdue', () => {
    const list = computeDeadlines(
      input({ status: 'agreed', agreementForm: 'written', events: effective }),
      rules,
      cal,
      '2026-06-01',
    )
    expect(list.map((d) => d.state)).toEqual(['overdue'])
    expect(dutyDeadlines(list)).toEqual([])
  })
})

describe('court-linked: the court letter’s deadline wins', () => {
  const referred = { 'court-referred': '2026-03-01' }

  it('委派: 30 days by default; the letter’s date instead when it has one', () => {
    const i = input({ kind: 'court-delegated', events: referred })
    expect(due(i)).toEqual({ 'court-delegated.conclude': '2026-03-31' })
    expect(one({ ...i, courtDeadline: '2026-03-20' }, 'court-delegated.conclude')).toMatchObject({
      dueDate: '2026-03-20',
      basis: 'court-letter',
    })
  })

  it('the letter’s date is kept as written, even on a holiday; agreed extra days are counted on from it', () => {
    const i = input({ kind: 'court-delegated', events: referred, courtDeadline: '2026-10-01' })
    expect(one(i, 'court-delegated.conclude')).toMatchObject({ dueDate: '2026-10-01', movedFrom: null })
    expect(
      one({ ...i, courtDeadline: '2026-03-20', extensionDays: 5 }, 'court-delegated.conclude'),
    ).toMatchObject({
      dueDate: '2026-03-25',
      basis: 'court-letter',
      extensionDays: 5,
    })
  })

  it('委托: 15 days in ordinary procedure, 7 in simplified (a procedure’s own rule wins)', () => {
    const ordinary = input({
      kind: 'court-entrusted',
      procedure: 'ordinary',
      events: { 'court-referred': '2026-03-02' },
    })
    expect(due(ordinary)).toEqual({ 'court-entrusted.conclude': '2026-03-17' })
    expect(due({ ...ordinary, procedure: null })).toEqual({ 'court-entrusted.conclude': '2026-03-17' })
    expect(due({ ...ordinary, procedure: 'simplified' })).toEqual({
      'court-entrusted.simplified.conclude': '2026-03-09',
    })
  })

  it('after agreement or termination the report to the court is due by the letter’s date, until made', () => {
    const agreed = input({
      kind: 'court-delegated',
      status: 'agreed',
      events: referred,
      courtDeadline: '2026-03-20',
    })
    expect(due(agreed)).toEqual({ 'court-delegated.court-report': '2026-03-20' })
    expect(due({ ...agreed, status: 'terminated' })).toEqual({ 'court-delegated.court-report': '2026-03-20' })
    const reported = { ...agreed, events: { ...referred, 'court-reported': '2026-03-25' } }
    expect(due(reported)).toEqual({})
  })

  it('flags a report made after the letter’s deadline', () => {
    const late = input({
      kind: 'court-delegated',
      status: 'closed',
      events: { ...referred, 'court-reported': '2026-03-25' },
      courtDeadline: '2026-03-20',
    })
    expect(lateFlags(late, rules, cal)).toEqual([
      { purpose: 'court-report', dueDate: '2026-03-20', doneOn: '2026-03-25', daysLate: 5 },
    ])
    expect(
      lateFlags({ ...late, events: { ...referred, 'court-reported': '2026-03-20' } }, rules, cal),
    ).toEqual([])
  })
})

describe('道路交通事故 (实施条例 Arts. 94–95)', () => {
  const traffic = (events: DeadlineInput['events'], patch: Partial<DeadlineInput> = {}) =>
    input({ kind: 'administrative', sector: 'traffic', events, ...patch })

  it('the 10 days run from the day the loss is fixed, not from acceptance', () => {
    expect(due(traffic({ accepted: '2026-09-01', 'mediation-applied': '2026-09-01' }))).toEqual({})
    // 定残 on 09-21: day 10 is 10-01 (国庆) → 10-08.
    expect(
      one(
        traffic({ accepted: '2026-09-01', 'loss-fixed': '2026-09-21', 'mediation-applied': '2026-09-01' }),
        'administrative.traffic.conclude',
      ),
    ).toMatchObject({ dueDate: '2026-10-08', movedFrom: '2026-10-01' })
  })

  it('the parties apply within 10 days of receiving the 事故认定书: shown, flagged when late, never the room’s duty', () => {
    const i = traffic({ registered: '2026-09-24', 'accident-report-received': '2026-09-24' })
    expect(one(i, 'administrative.traffic.application')).toMatchObject({
      dueDate: '2026-10-08',
      movedFrom: '2026-10-04',
      partyOption: true,
    })
    const late = traffic({ 'accident-report-received': '2026-09-24', 'mediation-applied': '2026-10-09' })
    expect(due(late)['administrative.traffic.application']).toBeUndefined()
    expect(lateFlags(late, rules, cal)).toEqual([
      { purpose: 'application', dueDate: '2026-10-08', doneOn: '2026-10-09', daysLate: 1 },
    ])
  })

  it('the parties are told of the session 3 days ahead: a duty until notified, flagged when late', () => {
    const planned = traffic({ 'loss-fixed': '2026-10-02', 'session-scheduled': '2026-10-09' })
    // Counted back from the session, and not moved: a notice is due before, never after.
    expect(one(planned, 'administrative.traffic.session-notice', '2026-10-05')).toMatchObject({
      dueDate: '2026-10-06',
      state: 'due-soon',
      partyOption: false,
    })
    const notified = traffic({ 'session-scheduled': '2026-10-09', 'session-notified': '2026-10-08' })
    expect(due(notified)).toEqual({})
    expect(lateFlags(notified, rules, cal)).toEqual([
      { purpose: 'session-notice', dueDate: '2026-10-06', doneOn: '2026-10-08', daysLate: 2 },
    ])
  })
})

describe('computeDeadlines with the other defaults', () => {
  it('行政调解 labour: 15 days from receiving the application', () => {
    const i = input({ kind: 'administrative', sector: 'labour', events: { registered: '2026-03-01' } })
    expect(due(i)).toEqual({ 'administrative.labour.conclude': '2026-03-16' })
  })

  it('行政调解 consumer: accept within 7 working days, conclude 45 working days after acceptance', () => {
    const registered = input({
      kind: 'administrative',
      sector: 'consumer',
      status: 'registered',
      events: { registered: '2026-02-12' },
    })
    // Across 春节 2026 with its 调休 Saturdays (see calendar tests).
    expect(due(registered)).toEqual({ 'administrative.consumer.accept': '2026-02-28' })
    const accepted = {
      ...registered,
      status: 'mediating' as const,
      events: { registered: '2026-02-12', accepted: '2026-09-25' },
    }
    // Across 中秋 and 国庆 2026.
    expect(due(accepted)).toEqual({ 'administrative.consumer.conclude': '2026-12-03' })
  })

  it('行政调解 public security, land, other: the configurable 30-day default', () => {
    for (const sector of ['public-security', 'land', 'other'] as const) {
      const i = input({ kind: 'administrative', sector, events: { accepted: '2026-03-01' } })
      expect(due(i)).toEqual({ [`administrative.${sector}.conclude`]: '2026-03-31' })
    }
  })

  it('a deadline whose start event has not happened is absent', () => {
    expect(
      computeDeadlines(input({ events: { registered: '2026-03-01' } }), rules, cal, '2026-03-01'),
    ).toEqual([])
    expect(due(input({ kind: 'court-delegated', events: { registered: '2026-03-01' } }))).toEqual({})
  })

  it('stops 受理 once accepted, and the mediation term once mediation ended', () => {
    const consumer = input({
      kind: 'administrative',
      sector: 'consumer',
      status: 'registered',
      events: { registered: '2026-03-02' },
    })
    expect(Object.keys(due(consumer))).toEqual(['administrative.consumer.accept'])
    expect(due({ ...consumer, status: 'rejected' })).toEqual({})
    expect(
      due({ ...consumer, status: 'accepted', events: { registered: '2026-03-02', accepted: '2026-03-04' } }),
    ).toEqual({ 'administrative.consumer.conclude': '2026-05-11' })
    for (const status of ['agreed', 'terminated', 'closed', 'archived'] as const)
      expect(due(input({ status, events: { accepted: '2026-03-01' } }))).toEqual({})
  })

  it('adds extension days to the mediation term only, never to 受理', () => {
    const consumer = input({
      kind: 'administrative',
      sector: 'consumer',
      status: 'registered',
      events: { registered: '2026-03-02' },
      extensionDays: 5,
    })
    expect(due(consumer)).toEqual({ 'administrative.consumer.accept': '2026-03-11' })
    expect(due(input({ events: { accepted: '2026-01-31' }, extensionDays: -3 }))['people.conclude']).toBe(
      '2026-02-28',
    )
  })

  it('lists deadlines earliest first; nextDueDate picks the earliest of the room’s own', () => {
    const i = input({
      status: 'performing',
      agreementForm: 'written',
      events: { accepted: '2026-03-01', 'agreement-effective': '2026-03-05' },
      terms: [
        { n: 1, dueDate: '2026-04-30', performed: 'none' },
        { n: 2, dueDate: '2026-03-31', performed: 'partial' },
      ],
    })
    const list = computeDeadlines(i, rules, cal, '2026-03-10')
    expect(list.map((d) => d.key)).toEqual(['term:2', 'people.judicial-confirmation', 'term:1'])
    expect(nextDueDate(list)).toBe('2026-03-31')
    expect(nextDueDate(dutyDeadlines([...list].reverse()))).toBe('2026-03-31')
    expect(nextDueDate([])).toBeNull()
  })
})

describe('deadline states', () => {
  const at = (today: string) => {
    const [d] = computeDeadlines(input({ events: { accepted: '2026-03-01' } }), rules, cal, today)
    return d && { daysLeft: d.daysLeft, state: d.state, purpose: d.purpose }
  }

  it('is ok until three days remain, due soon on the last three days, overdue after', () => {
    // Due 2026-04-01 (a Wednesday).
    expect(at('2026-03-01')).toEqual({ daysLeft: 31, state: 'ok', purpose: 'conclude' })
    expect(at('2026-03-29')).toEqual({ daysLeft: 3, state: 'ok', purpose: 'conclude' })
    expect(at('2026-03-30')).toEqual({ daysLeft: 2, state: 'due-soon', purpose: 'conclude' })
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
  const r = (patch: Partial<DeadlineRule>): DeadlineRule => ({
    id: 'x',
    kind: 'administrative',
    sector: null,
    procedure: null,
    purpose: 'conclude',
    event: 'accepted',
    length: 20,
    unit: 'calendar',
    direction: 'after',
    ...patch,
  })
  const custom = [r({ id: 'adm.all' }), r({ id: 'adm.traffic', sector: 'traffic', length: 10 })]

  it("prefers a sector's (or procedure's) own rule over the general rule of the same purpose", () => {
    expect(applicableRules(custom, 'administrative', 'traffic').map((x) => x.id)).toEqual(['adm.traffic'])
    expect(applicableRules(custom, 'administrative', 'land').map((x) => x.id)).toEqual(['adm.all'])
    expect(applicableRules(custom, 'administrative', null).map((x) => x.id)).toEqual(['adm.all'])
    expect(applicableRules(custom, 'people', null)).toEqual([])
    const entrusted = [
      r({ id: 'e', kind: 'court-entrusted' }),
      r({ id: 'e.s', kind: 'court-entrusted', procedure: 'simplified' }),
    ]
    expect(applicableRules(entrusted, 'court-entrusted', null, 'simplified').map((x) => x.id)).toEqual([
      'e.s',
    ])
    expect(applicableRules(entrusted, 'court-entrusted', null, 'ordinary').map((x) => x.id)).toEqual(['e'])
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

  it('carries what deadlines depend on; a row from before the facts reads its older 司法确认 flag', () => {
    expect(deadlineInputOf(kase)).toEqual({
      kind: 'administrative',
      sector: 'consumer',
      procedure: null,
      status: 'mediating',
      events: { registered: '2026-03-01', accepted: '2026-03-02' },
      extensionDays: 7,
      agreementForm: null,
      confirmation: 'applied',
      courtDeadline: '',
      terms: [],
    })
    expect(deadlineInputOf({ ...kase, confirmation: 'rejected' }).confirmation).toBe('rejected')
  })
})
