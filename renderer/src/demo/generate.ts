/**
 * Realistic demo cases, deterministic per seed: `generateDemoCases({ seed, count, now })` returns
 * the same drafts on every machine. Case #i depends only on (seed, i, now), so a long run can be
 * generated in chunks with `startIndex`. Every party satisfies `partySchema`, every record its
 * kind's schema, and every status is reached through steps WORKFLOWS allows, with the records
 * each step requires written before it (and a `transition` record for the step itself).
 *
 * The pieces: case-mix (what kind of case), parties, opening (registration-day records and
 * decisions), steps with sessions and agreement (the records per workflow step), timeline (when).
 */
import type { CaseDraft } from '../domain/cases/draft'
import type { PartyInput } from '../domain/cases/party'
import { chooseCase, chooseRisk } from './case-mix'
import { choosePath, chooseStatus } from './lifecycle'
import { TEMPLATES, yuan, type Ctx } from './narratives'
import { openCase } from './opening'
import { makeParties, mediatorsFor, type Mediators } from './parties'
import { DISTRICT_WEIGHTS, RURAL_DISTRICT_WEIGHTS, URBAN_DISTRICT_WEIGHTS } from './places'
import type { CaseState } from './plan'
import { mixSeed, Rng } from './random'
import { planSteps } from './steps'
import { DAY, localDateText, localMonthText } from './time'
import { schedule } from './timeline'
import { sessionPlace } from './venues'

export interface DemoOptions {
  seed: number
  count: number
  /** Every timestamp lies in the two years before `now`. */
  now: Date
  /** Index of the first case (for generating a long run in chunks); default 0. */
  startIndex?: number
}

type DraftRecord = CaseDraft['records'][number]

function generateOne(seed: number, index: number, now: number, mediators: Mediators): CaseDraft {
  const r = new Rng(mixSeed(seed, index))
  const { kind, sector, type, source } = chooseCase(r)
  const status = chooseStatus(r, kind, sector)
  const path = choosePath(r, kind, sector, status)
  const risk = chooseRisk(r, type, status)
  const template = r.pick(TEMPLATES[type])
  const district = r.weighted(
    template.setting === 'rural'
      ? RURAL_DISTRICT_WEIGHTS
      : template.setting === 'urban'
        ? URBAN_DISTRICT_WEIGHTS
        : DISTRICT_WEIGHTS,
  )
  const parties = makeParties(r, template, index, now, district)
  const [min, max, step] = template.amount
  const amt = max > 0 ? r.amount(min, max, step) : 0
  const agreed = amt > 0 ? Math.max(step, Math.round((amt * (0.5 + r.float() * 0.5)) / step) * step) : 0
  const mediator = r.pick(mediators.names)
  const second = mediators.names[
    (mediators.names.indexOf(mediator) + r.int(1, mediators.names.length - 1)) % mediators.names.length
  ] as string
  const court = kind === 'court-delegated' || kind === 'court-entrusted'
  const place = sessionPlace(kind, sector, district)
  const a = parties.applicants[0] as PartyInput
  const b = parties.respondents[0] as PartyInput
  const partyIds = parties.list.map((p) => p.id)

  // Filled in once registration time is known (the story's dates are relative to it).
  const ctx: Ctx = {
    r,
    a: parties.applicants.length > 1 ? `${a.name}等${parties.applicants.length}人` : a.name,
    b: b.name,
    addr: a.address ?? '',
    district,
    amt,
    agreed,
    since: '',
    sinceDay: '',
    n: r.int(2, 6),
    applicants: parties.applicants.length,
    aMale: a.type === 'person' && a.gender === 'male',
    bMale: b.type === 'person' && b.gender === 'male',
  }

  const s: CaseState = {
    r,
    index,
    kind,
    sector,
    type,
    status,
    district,
    template,
    ctx,
    parties,
    a,
    b,
    partyIds,
    mediator,
    second,
    place,
    court,
    plan: [],
    terms: [],
    day: 0,
    caseFacts: '',
    outcome: null,
    agreementForm: null,
    confirmation: 'none',
    performed: 'none',
    paidFen: new Map(),
  }
  const intent = openCase(s, risk, path)
  planSteps(s, intent, path)

  // In the order they happened (a court's ruling may come after later steps).
  const plan = s.plan
  plan.sort((x, y) => x.day - y.day)
  const { createdMs, times, shift } = schedule(r, plan, status, now)

  ctx.since = localMonthText(createdMs - r.int(20, 540) * DAY)
  ctx.sinceDay = localDateText(createdMs - r.int(2, 90) * DAY)

  const facts = template.facts(ctx)
  s.caseFacts = amt > 0 && !facts.includes('元') ? `${facts}争议金额约${yuan(amt)}。` : facts
  const requests = template.requests(ctx)
  const records: DraftRecord[] = plan.map((p, k) => {
    const ms = (times[k] as number) - shift
    return { kind: p.kind, createdAt: new Date(ms).toISOString(), data: p.make(ms) }
  })
  const createdAt = new Date(createdMs).toISOString()
  // A whole case brings its history: a written agreement signed and sealed the day it was reached.
  const agreement = records.filter((x) => x.kind === 'agreement').at(-1)?.data as
    { form: string; effectiveDate: string } | undefined

  return {
    kind,
    sector,
    source,
    disputeType: type,
    status,
    outcome: s.outcome,
    riskLevel: risk,
    createdAt,
    updatedAt: records.length ? (records[records.length - 1] as DraftRecord).createdAt : createdAt,
    facts: s.caseFacts,
    requests,
    parties: parties.list,
    records,
    ...(agreement?.form === 'written' ? { agreementEffectiveOn: agreement.effectiveDate } : {}),
  }
}

/** `count` demo cases, numbered from `startIndex`; the same options always give the same cases. */
export function generateDemoCases({ seed, count, now, startIndex = 0 }: DemoOptions): CaseDraft[] {
  const mediators = mediatorsFor(seed)
  const nowMs = now.getTime()
  const out: CaseDraft[] = new Array<CaseDraft>(count)
  for (let i = 0; i < count; i++) out[i] = generateOne(seed, startIndex + i, nowMs, mediators)
  return out
}
