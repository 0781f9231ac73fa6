/**
 * Realistic demo cases, deterministic per seed: `generateDemoCases({ seed, count, now })` returns
 * the same drafts on every machine. Case #i depends only on (seed, i, now), so a long run can be
 * generated in chunks with `startIndex`. Every party satisfies `partySchema`, every record its
 * kind's schema, and every status is reached through steps WORKFLOWS allows, with the records
 * each step requires written before it (and a `transition` record for the step itself).
 */
import type {
  AdminSector,
  CaseSource,
  CaseStatus,
  DisputeType,
  Gender,
  MediationKind,
  PartyRole,
  PreventionFlag,
  RiskLevel,
} from '../cases/catalogues'
import type { CaseDraft } from '../cases/draft'
import type { PartyInput } from '../cases/party'
import type { RecordInput, RecordKind } from '../cases/records'
import { toChineseCapitals } from '../amounts/amount'
import type { TransitionDef } from '../workflow/workflows'
import { choosePath, chooseStatus, STATUS_PLAN } from './lifecycle'
import { LAW, TEMPLATES, yuan, type Ctx, type Template, type TermSeed } from './narratives'
import { fullName, organisation, person, surname, type PersonOptions } from './people'
import { DISTRICT_WEIGHTS, RURAL_DISTRICT_WEIGHTS, URBAN_DISTRICT_WEIGHTS, type District } from './places'
import { mixSeed, Rng } from './random'
import {
  DAY,
  localDate,
  localDateText,
  localDateTime,
  localMidnight,
  localMonthText,
  localYear,
  MINUTE,
} from './time'

export interface DemoOptions {
  seed: number
  count: number
  /** Every timestamp lies in the two years before `now`. */
  now: Date
  /** Index of the first case (for generating a long run in chunks); default 0. */
  startIndex?: number
}

type DraftRecord = CaseDraft['records'][number]

const KINDS: readonly (readonly [MediationKind, number])[] = [
  ['people', 60],
  ['administrative', 22],
  ['court-delegated', 11],
  ['court-entrusted', 7],
]

const SECTORS: readonly (readonly [AdminSector, number])[] = [
  ['public-security', 25],
  ['traffic', 28],
  ['consumer', 20],
  ['labour', 15],
  ['land', 8],
  ['other', 4],
]

const PEOPLE_TYPES: readonly (readonly [DisputeType, number])[] = [
  ['neighbourhood', 18],
  ['marriage-family', 16],
  ['property-management', 9],
  ['damages', 9],
  ['contract', 8],
  ['housing-homestead', 6],
  ['labour', 6],
  ['consumer', 4],
  ['traffic', 4],
  ['production-business', 4],
  ['forest-land', 3],
  ['land-acquisition', 2.5],
  ['environment', 3],
  ['medical', 2],
  ['other', 6],
]

const SECTOR_TYPES: Record<AdminSector, readonly (readonly [DisputeType, number])[]> = {
  'public-security': [
    ['neighbourhood', 5],
    ['damages', 5],
    ['marriage-family', 2],
  ],
  traffic: [['traffic', 1]],
  consumer: [['consumer', 1]],
  labour: [['labour', 1]],
  land: [
    ['forest-land', 3],
    ['housing-homestead', 2],
    ['land-acquisition', 2],
  ],
  other: [
    ['environment', 3],
    ['property-management', 2],
    ['other', 1],
  ],
}

const COURT_TYPES: readonly (readonly [DisputeType, number])[] = [
  ['contract', 25],
  ['damages', 15],
  ['traffic', 12],
  ['marriage-family', 10],
  ['labour', 8],
  ['property-management', 8],
  ['housing-homestead', 6],
  ['production-business', 6],
  ['medical', 5],
  ['consumer', 5],
]

const PEOPLE_SOURCES: readonly (readonly [CaseSource, number])[] = [
  ['party-application', 55],
  ['proactive', 15],
  ['grid-report', 15],
  ['police-transfer', 8],
  ['government-assigned', 7],
]

const RISKY_TYPES = new Set<DisputeType>(['damages', 'labour', 'land-acquisition', 'marriage-family'])

const riskTable = (f: number): readonly (readonly [RiskLevel, number])[] => [
  ['green', 78],
  ['yellow', 13 * f],
  ['orange', 6 * f],
  ['red', 3 * f],
]
const RISK_USUAL = riskTable(1)
const RISK_RISKY = riskTable(1.8)

const TERMINATION_REASONS = [
  ['party-refuses', 35],
  ['failed', 35],
  ['time-limit', 10],
  ['withdrawn', 15],
  ['other', 5],
] as const
const SESSIONS_TO_AGREE = [
  [1, 5],
  [2, 3],
  [3, 1],
] as const
const RULINGS = [
  ['confirmed', 8],
  ['pending', 2],
  ['rejected', 0.5],
] as const
const VISIT_METHODS = [
  ['phone', 6],
  ['visit', 3.5],
  ['other', 0.5],
] as const

const RISK_REASONS: Record<RiskLevel, readonly string[]> = {
  green: [
    '矛盾较为缓和，双方均有调解意愿。',
    '纠纷事实清楚，争议金额不大。',
    '双方系邻里（亲属），关系尚可，易于化解。',
  ],
  yellow: [
    '双方情绪较为激动，曾发生口角。',
    '争议金额较大，一方态度强硬。',
    '纠纷持续时间较长，多次协商未果。',
  ],
  orange: [
    '双方曾发生肢体冲突，存在矛盾激化可能。',
    '一方扬言采取过激行为。',
    '涉及人数较多，有集体上访苗头。',
  ],
  red: [
    '一方当事人扬言报复，有民转刑风险。',
    '当事人情绪极不稳定，流露轻生念头。',
    '多名当事人聚集，有引发群体性事件风险。',
  ],
}

const FOLLOW_UP_A = [
  '同意降低请求数额，但要求尽快支付。',
  '坚持原来的请求。',
  '表示可以接受分期支付。',
  '希望对方先道歉。',
]
const FOLLOW_UP_ORG = [
  '同意承担相应责任。',
  '表示需向公司负责人请示后答复。',
  '愿意在调解员提出的方案基础上协商。',
  '认为对方要求过高。',
]
const FOLLOW_UP_B = [
  '同意承担主要责任。',
  '表示需要与家人商量后答复。',
  '愿意在调解员提出的方案基础上协商。',
  '认为对方要求过高。',
]

interface Mediators {
  names: string[]
}

function mediatorsFor(seed: number): Mediators {
  const r = new Rng(mixSeed(seed, -1))
  const names: string[] = []
  while (names.length < 10) {
    const name = fullName(r, r.chance(0.55) ? 'female' : 'male')
    if (!names.includes(name)) names.push(name)
  }
  return { names }
}

function chooseCase(r: Rng): {
  kind: MediationKind
  sector: AdminSector | null
  type: DisputeType
  source: CaseSource
} {
  const kind = r.weighted(KINDS)
  if (kind === 'administrative') {
    const sector = r.weighted(SECTORS)
    const source: CaseSource =
      (sector === 'public-security' || sector === 'traffic') && r.chance(0.4)
        ? 'police-transfer'
        : r.chance(0.8)
          ? 'party-application'
          : 'government-assigned'
    return { kind, sector, type: r.weighted(SECTOR_TYPES[sector]), source }
  }
  if (kind === 'people')
    return { kind, sector: null, type: r.weighted(PEOPLE_TYPES), source: r.weighted(PEOPLE_SOURCES) }
  return { kind, sector: null, type: r.weighted(COURT_TYPES), source: 'court-referral' }
}

function chooseRisk(r: Rng, type: DisputeType, status: CaseStatus): RiskLevel | null {
  if (status === 'registered' && r.chance(0.5)) return null
  return r.weighted(RISKY_TYPES.has(type) ? RISK_RISKY : RISK_USUAL)
}

function sessionPlace(kind: MediationKind, sector: AdminSector | null, d: District): string {
  if (kind === 'court-delegated' || kind === 'court-entrusted') return `${d.court}诉调对接中心调解室`
  if (kind === 'people') return `${d.subdistricts[0] ?? d.name}人民调解委员会调解室`
  switch (sector) {
    case 'public-security':
      return `大连市公安局${d.short}分局派出所调解室`
    case 'traffic':
      return `大连市公安局交通警察支队${d.short}大队事故处理室`
    case 'consumer':
      return `大连市${d.name}市场监督管理局消费者权益保护调解室`
    case 'labour':
      return `大连市${d.name}劳动人事争议调解中心`
    case 'land':
      return `大连市${d.name}自然资源局调解室`
    default:
      return `大连市${d.name}司法局调解室`
  }
}

/** A court's case-number prefix, e.g. 辽0204 for the 沙河口 court. */
const courtCode = (d: District) => `辽${d.code.slice(2)}`

interface Parties {
  list: PartyInput[]
  applicants: PartyInput[]
  respondents: PartyInput[]
}

function makeParties(r: Rng, t: Template, index: number, now: number, district: District): Parties {
  let k = 0
  const id = () => `demo-${index}-p${++k}`
  const setting = t.setting ?? null
  const one = (role: PartyRole, o: Partial<PersonOptions> = {}) =>
    person(r, { role, id: id(), now, district, setting, ...o })
  const aGender: Gender =
    t.applicantGender ?? (r.chance(t.relation === 'ex-spouses' ? 0.25 : 0.5) ? 'male' : 'female')
  const aFamily = surname(r)
  const applicants: PartyInput[] = []
  const respondents: PartyInput[] = []
  switch (t.relation) {
    case 'parent-child':
      // Children mostly carry their father's surname.
      applicants.push(one('applicant', { gender: aGender, family: aFamily, minAge: 62, maxAge: 88 }))
      respondents.push(
        one('respondent', {
          family: aGender === 'male' || r.chance(0.3) ? aFamily : undefined,
          minAge: 32,
          maxAge: 58,
        }),
      )
      break
    case 'siblings':
      applicants.push(one('applicant', { gender: aGender, family: aFamily, minAge: 38, maxAge: 72 }))
      respondents.push(one('respondent', { family: aFamily, minAge: 38, maxAge: 72 }))
      break
    case 'spouses':
    case 'ex-spouses':
      applicants.push(one('applicant', { gender: aGender, family: aFamily, minAge: 26, maxAge: 55 }))
      respondents.push(
        one('respondent', { gender: aGender === 'male' ? 'female' : 'male', minAge: 26, maxAge: 58 }),
      )
      break
    default: {
      const n = t.applicants ? r.int(t.applicants[0], t.applicants[1]) : 1
      for (let i = 0; i < n; i++) applicants.push(one('applicant', i === 0 ? { gender: aGender } : {}))
      respondents.push(
        t.respondent === 'person'
          ? one('respondent', r.chance(0.85) ? {} : { district: undefined, setting: null })
          : organisation(r, {
              role: 'respondent',
              id: id(),
              kind: t.respondent,
              district: r.chance(0.7) ? district : undefined,
              now,
            }),
      )
    }
  }
  const list = [...applicants, ...respondents]
  if (t.thirdParty && r.chance(0.7)) {
    list.push(organisation(r, { role: 'third-party', id: id(), kind: t.thirdParty, now }))
  } else if (r.chance(0.03)) {
    list.push(one('third-party'))
  }
  return { list, applicants, respondents }
}

/** One planned record: days after registration, and how to write it once its time is known. */
interface Planned {
  day: number
  kind: RecordKind
  make: (ms: number) => unknown
}

function record<K extends RecordKind>(kind: K, day: number, make: (ms: number) => RecordInput<K>): Planned {
  return { day, kind, make }
}

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

  const plan: Planned[] = []
  let day = 0
  const gap = (lo: number, hi: number) => (day += r.int(lo, court ? Math.max(lo, Math.ceil(hi / 2)) : hi))
  const transition = (t: TransitionDef, from: CaseStatus, reason = '') =>
    plan.push(
      record('transition', day, () => ({ action: t.action, from, to: t.to, reason, byName: mediator })),
    )

  if (court) {
    const referredDaysBefore = r.int(1, 6)
    const deadlineDays = kind === 'court-delegated' ? 30 : 15
    const letterNo = `（{year}）${courtCode(district)}${kind === 'court-delegated' ? '民诉前调' : '民初'}${r.int(100, 9999)}号`
    plan.push(
      record('court-referral', 0, (ms) => ({
        court: district.court,
        letterNo: letterNo.replace('{year}', String(localYear(ms))),
        referredAt: localDate(ms - referredDaysBefore * DAY),
        deadline: localDate(ms + (deadlineDays - referredDaysBefore) * DAY),
      })),
    )
  }
  const riskReason = (level: RiskLevel) => r.pick(RISK_REASONS[level])
  // Some red cases look yellow at registration and are re-graded when accepted.
  const regradeOnAccept = risk === 'red' && path[0]?.action === 'accept' && r.chance(0.4)
  if (risk) {
    const first = regradeOnAccept ? 'yellow' : risk
    plan.push(record('risk', 0, () => ({ level: first, reason: riskReason(first) })))
  }
  const escalate = (risk === 'red' && r.chance(0.5)) || (risk === 'orange' && r.chance(0.1))
  const prevent =
    (risk === 'red' || risk === 'orange') && r.chance(0.45)
      ? true
      : risk === 'yellow'
        ? r.chance(0.05)
        : r.chance(0.005)
  const terminationReason = r.weighted(TERMINATION_REASONS)

  const terms: { id: string; seed: TermSeed }[] = []
  /** Written once registration time is known; the agreement repeats it. */
  let caseFacts = ''
  let outcome: CaseDraft['outcome'] = null
  let current: CaseStatus = 'registered'
  const willAgree = path.some((t) => t.action === 'agree')
  const willTerminate = path.some((t) => t.action === 'terminate')

  const addSession = (outcomeOf: 'agreed' | 'partial' | 'none' | 'adjourned', first: boolean) => {
    const aSays = first ? template.says[0] : () => `${ctx.a}${r.pick(FOLLOW_UP_A)}`
    const bSays = first
      ? template.says[1]
      : () => `${ctx.b}${r.pick(b.type === 'organisation' ? FOLLOW_UP_ORG : FOLLOW_UP_B)}`
    plan.push(
      record('session', day, (ms) => ({
        at: localDateTime(ms),
        place,
        participants: `申请人${ctx.a}、被申请人${ctx.b}、调解员${mediator}${r.chance(0.3) ? `、${second}` : ''}`,
        statements: [
          { partyId: a.id, text: aSays(ctx) },
          { partyId: b.id, text: bSays(ctx) },
        ],
        mediatorPoints: `调解员向双方释明${LAW[type]}，${r.pick(['分析了各自应承担的责任', '引导双方换位思考、互谅互让', '提出了折中方案供双方考虑', '分别与双方背对背沟通'])}。`,
        outcome: outcomeOf,
        notes:
          outcomeOf === 'adjourned'
            ? r.pick(['双方同意回去考虑后再行调解。', '一方需补充证据，择期再调。'])
            : '',
      })),
    )
  }

  const addPrevention = () => {
    const flag: PreventionFlag =
      type === 'marriage-family' && r.chance(0.4)
        ? 'suicide'
        : parties.applicants.length >= 3
          ? r.pick(['mass-incident', 'mass-petition'] as const)
          : type === 'land-acquisition'
            ? 'mass-petition'
            : 'criminal'
    const notes: Record<PreventionFlag, string> = {
      criminal: '经及时介入调解，化解了双方激烈冲突，防止了民事纠纷转化为刑事案件。',
      suicide: '当事人曾流露轻生念头，调解员会同家属和社区做好心理疏导，防止了自杀事件发生。',
      'mass-incident': '多名当事人曾准备聚集讨要说法，经耐心疏导，防止了群体性事件。',
      'mass-petition': '当事人曾商议集体上访，经调解化解，防止了群体性上访。',
    }
    const persons =
      flag === 'suicide'
        ? 1
        : flag === 'criminal'
          ? Math.max(2, parties.list.length)
          : parties.applicants.length + 1
    plan.push(record('prevention', day, () => ({ flag, persons, note: notes[flag] })))
  }

  for (const [i, t] of path.entries()) {
    const from = current
    switch (t.action) {
      case 'accept':
        gap(0, 2)
        if (regradeOnAccept) {
          plan.push(record('risk', day, () => ({ level: 'red', reason: riskReason('red') })))
        }
        if (escalate) {
          plan.push(
            record('escalation', day, (ms) => ({
              to: r.chance(0.6) ? 'police' : 'governance-centre',
              at: localDate(ms),
              reason: r.pick([
                '当事人扬言报复对方，存在民转刑风险，及时通报。',
                '矛盾有激化趋势，报请综治中心联合化解。',
              ]),
              reference: r.chance(0.5) ? `大${district.short}综治〔${localYear(ms)}〕${r.int(1, 300)}号` : '',
            })),
          )
        }
        transition(t, from)
        break
      case 'reject':
        gap(0, 3)
        transition(
          t,
          from,
          r.pick([
            '纠纷已由人民法院受理，依法不予受理。',
            '一方当事人明确拒绝调解。',
            '不属于本委员会调解范围，已告知当事人向有关部门申请处理。',
          ]),
        )
        break
      case 'notify':
        gap(0, 1)
        plan.push(
          record('notice', day, (ms) => ({
            at: localDateTime(ms),
            method: r.chance(0.85) ? 'written' : 'oral',
            acknowledgedBy: partyIds,
            note: r.chance(0.3) ? '已当场送达《当事人权利义务告知书》，当事人签字确认。' : '',
          })),
        )
        transition(t, from)
        break
      case 'investigate': {
        gap(0, 3)
        transition(t, from)
        const count = r.int(1, 2)
        for (let k = 0; k < count; k++) {
          gap(1, 5)
          plan.push(
            record('investigation', day, (ms) => ({
              at: localDateTime(ms),
              place: k === 0 ? r.pick(['现场', '申请人住所', '被申请人住所', '社区办公室']) : place,
              investigators: `${mediator}、${second}`,
              subject: template.subject,
              content: template.finding(ctx),
            })),
          )
        }
        break
      }
      case 'mediate': {
        gap(1, 7)
        transition(t, from)
        const next = path[i + 1]
        if (willAgree) {
          const count = r.weighted(SESSIONS_TO_AGREE)
          for (let k = 0; k < count; k++) {
            gap(k === 0 ? 0 : 3, k === 0 ? 3 : 12)
            addSession(k === count - 1 ? 'agreed' : r.pick(['adjourned', 'partial'] as const), k === 0)
            if (k === 0 && prevent) addPrevention()
          }
          if (kind === 'people' && count >= 2 && r.chance(0.3)) {
            plan.push(
              record('extension', day, () => ({
                days: r.pick([15, 30]),
                reason: '经双方当事人同意，延长调解期限。',
              })),
            )
          }
        } else if (next?.action === 'terminate' || !next) {
          const count = terminationReason === 'withdrawn' ? r.int(0, 1) : next ? r.int(1, 2) : r.int(0, 2)
          for (let k = 0; k < count; k++) {
            gap(k === 0 ? 0 : 3, k === 0 ? 3 : 10)
            addSession(
              next
                ? r.pick(['none', 'adjourned'] as const)
                : r.pick(['adjourned', 'partial', 'none'] as const),
              k === 0,
            )
            if (k === 0 && prevent && !next) addPrevention()
          }
        }
        break
      }
      case 'agree': {
        const form = r.chance(0.85) ? 'written' : 'oral'
        for (const seed of template.terms(ctx)) terms.push({ id: `demo-${index}-t${terms.length + 1}`, seed })
        const obligor = (o: TermSeed['obligor']) => (o === 'a' ? a.id : o === 'b' ? b.id : '')
        plan.push(
          record('agreement', day, (ms) => ({
            form,
            facts: caseFacts,
            responsibilities: r.pick([
              `被申请人${ctx.b}对纠纷的发生负主要责任，申请人${ctx.a}负次要责任。`,
              `双方对纠纷的发生均有一定责任。`,
              `被申请人${ctx.b}应承担相应责任。`,
            ]),
            terms: terms.map(({ id, seed }) => ({
              id,
              description:
                seed.yuan > 0 ? `${seed.d}（大写：人民币${toChineseCapitals(seed.yuan * 100)}）。` : seed.d,
              amountFen: seed.yuan * 100,
              obligorPartyId: obligor(seed.obligor),
              manner: seed.manner ?? '',
              dueDate: seed.dueDays != null ? localDate(ms + seed.dueDays * DAY) : '',
            })),
            effectiveDate: localDate(ms),
          })),
        )
        transition(t, from)
        outcome = 'agreed'
        if (kind === 'people' && form === 'written' && r.chance(0.1)) {
          const applied = r.int(3, 25)
          const ruling = r.weighted(RULINGS)
          const caseNo = `（{year}）${courtCode(district)}民特${r.int(10, 999)}号`
          const ruledAfter = r.int(5, 15)
          plan.push(
            record('judicial-confirmation', day + applied, (ms) => ({
              appliedAt: localDate(ms),
              court: district.court,
              courtCaseNo: caseNo.replace('{year}', String(localYear(ms))),
              ruling,
              rulingAt: ruling === 'pending' ? '' : localDate(ms + ruledAfter * DAY),
            })),
          )
        }
        break
      }
      case 'perform':
        gap(1, 10)
        transition(t, from)
        addPayments(status === 'performing')
        break
      case 'visit':
        if (from === 'agreed') addPayments(false)
        gap(10, 40)
        plan.push(
          record('visit', day, (ms) => {
            const owed = terms.some((x) => x.seed.yuan > 0)
            const performed = owed && r.chance(0.08) ? 'partly' : 'fully'
            return {
              at: localDateTime(ms),
              method: r.weighted(VISIT_METHODS),
              visited: `申请人${ctx.a}`,
              content: `回访了解到，${performed === 'fully' ? '协议已按约定履行完毕' : '协议已部分履行，余款约定近期付清'}，双方${r.pick(['关系有所缓和', '已恢复正常往来', '未再发生纠纷', '对调解结果表示满意'])}。`,
              performed,
            }
          }),
        )
        transition(t, from)
        break
      case 'close':
        if (from === 'agreed') addPayments(false)
        gap(1, 10)
        transition(t, from)
        break
      case 'terminate': {
        gap(1, 7)
        const routes: ('arbitration' | 'administrative' | 'litigation')[] =
          type === 'labour'
            ? ['arbitration', 'litigation']
            : r.chance(0.15)
              ? ['administrative', 'litigation']
              : ['litigation']
        plan.push(
          record('termination', day, (ms) => ({
            reason: terminationReason,
            routes,
            notifiedAt: localDate(ms),
            note: {
              'party-refuses': '被申请人明确表示不再接受调解。',
              failed: '经多次调解，双方分歧较大，未能达成协议。',
              'time-limit': '调解期限届满，双方未能达成协议。',
              withdrawn: '申请人撤回调解申请。',
              other: '当事人已另行提起诉讼。',
            }[terminationReason],
          })),
        )
        transition(t, from, '调解不成，依法终止调解，已告知当事人可通过其他途径解决。')
        outcome = 'terminated'
        break
      }
      case 'report-court':
        gap(0, 3)
        plan.push(
          record('court-report', day, (ms) => ({
            reportedAt: localDate(ms),
            result:
              outcome === 'agreed' ? 'agreed' : terminationReason === 'withdrawn' ? 'withdrawn' : 'failed',
            note:
              outcome === 'agreed' ? '双方已达成调解协议，协议书随函附送。' : '调解不成，退回法院依法处理。',
          })),
        )
        transition(t, from)
        break
      case 'archive':
        gap(5, 60)
        transition(t, from)
        break
    }
    if (t.action === 'reject') outcome = 'rejected'
    current = t.to
  }
  if (willTerminate && outcome !== 'terminated') throw new Error('termination was planned but not written')

  function addPayments(partial: boolean) {
    for (const term of terms) {
      if (term.seed.yuan <= 0) continue
      const total = term.seed.yuan * 100
      const count = partial ? 1 : (term.seed.instalments ?? 1)
      let paid = 0
      for (let k = 0; k < count; k++) {
        gap(k === 0 ? 1 : 20, k === 0 ? 15 : 35)
        const last = k === count - 1
        const amount = partial
          ? Math.round(total / r.int(2, 4))
          : last
            ? total - paid
            : Math.round(total / count)
        paid += amount
        const receipt = r.chance(0.6) ? `收据第${String(r.int(1, 99_999)).padStart(5, '0')}号` : ''
        plan.push(
          record('performance', day, (ms) => ({
            termId: term.id,
            at: localDate(ms),
            amountFen: amount,
            note: r.pick(['现场交付', '银行转账', '微信转账', '']),
            receiptNo: receipt,
          })),
        )
      }
    }
  }

  // In the order they happened (a court's ruling may come after later steps).
  plan.sort((x, y) => x.day - y.day)
  // Registration: old enough for everything that happened since, about as old as cases in this status are.
  const span = plan.length ? (plan[plan.length - 1] as Planned).day : 0
  const plan_ = STATUS_PLAN[status]
  const age = r.int(Math.max(plan_.minAge, span + (span > 0 ? 1 : 0)), Math.max(plan_.maxAge, span + 1))
  const today = localMidnight(now)
  const createdDay = today - age * DAY
  let createdMs = createdDay + r.int(8 * 60, 16 * 60 + 30) * MINUTE + r.int(0, 59_999)
  if (createdMs > now - 3 * 60 * MINUTE) createdMs = now - r.int(3 * 60, 12 * 60) * MINUTE

  const times: number[] = []
  let prev = createdMs
  for (const p of plan) {
    let ms = createdDay + p.day * DAY + r.int(8 * 60 + 30, 17 * 60 + 30) * MINUTE
    if (ms <= prev) ms = prev + r.int(5, 90) * MINUTE
    times.push(ms)
    prev = ms
  }
  // Nothing may lie in the future: shift the whole history back if the last step would.
  const latest = times.length ? (times[times.length - 1] as number) : createdMs
  const limit = now - r.int(1, 30) * MINUTE
  const shift = latest > limit ? latest - limit : 0
  createdMs -= shift

  ctx.since = localMonthText(createdMs - r.int(20, 540) * DAY)
  ctx.sinceDay = localDateText(createdMs - r.int(2, 90) * DAY)

  const facts = template.facts(ctx)
  caseFacts = amt > 0 && !facts.includes('元') ? `${facts}争议金额约${yuan(amt)}。` : facts
  const requests = template.requests(ctx)
  const records: DraftRecord[] = plan.map((p, k) => {
    const ms = (times[k] as number) - shift
    return { kind: p.kind, createdAt: new Date(ms).toISOString(), data: p.make(ms) }
  })
  const createdAt = new Date(createdMs).toISOString()

  return {
    kind,
    sector,
    source,
    disputeType: type,
    status,
    outcome,
    riskLevel: risk,
    createdAt,
    updatedAt: records.length ? (records[records.length - 1] as DraftRecord).createdAt : createdAt,
    facts: caseFacts,
    requests,
    parties: parties.list,
    records,
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
