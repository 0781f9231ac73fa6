/** Mediation sessions (what each side said, what the mediator did) and averted escalations. */
import type { CaseStatus, PreventionFlag } from '../domain/cases/catalogues'
import type { TransitionDef } from '../domain/workflow/workflows'
import { LAW } from './narratives'
import type { Intentions } from './opening'
import { gap, record, transition, type CaseState } from './plan'
import { localDate, localDateTime } from './time'

const SESSIONS_TO_AGREE = [
  [1, 5],
  [2, 3],
  [3, 1],
] as const

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

function addSession(
  s: CaseState,
  outcomeOf: 'agreed' | 'partial' | 'none' | 'adjourned',
  first: boolean,
): void {
  const { r, ctx, template, a, b, mediator, second, place, type } = s
  const aSays = first ? template.says[0] : () => `${ctx.a}${r.pick(FOLLOW_UP_A)}`
  const bSays = first
    ? template.says[1]
    : () => `${ctx.b}${r.pick(b.type === 'organisation' ? FOLLOW_UP_ORG : FOLLOW_UP_B)}`
  s.plan.push(
    record('session', s.day, (ms) => ({
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

function addPrevention(s: CaseState): void {
  const { r, type, parties } = s
  const flag: PreventionFlag =
    type === 'marriage-family' && r.chance(0.4)
      ? 'suicide'
      : parties.applicants.length >= 3
        ? r.pick(['mass-incident', 'mass-fight', 'mass-petition'] as const)
        : type === 'land-acquisition'
          ? 'mass-petition'
          : 'criminal'
  const notes: Record<PreventionFlag, string> = {
    criminal: '经及时介入调解，化解了双方激烈冲突，防止了民事纠纷转化为刑事案件。',
    suicide: '当事人曾流露轻生念头，调解员会同家属和社区做好心理疏导，防止了自杀事件发生。',
    'mass-incident': '多名当事人曾准备聚集讨要说法，经耐心疏导，防止了群体性事件。',
    'mass-fight': '双方亲属曾纠集多人准备械斗，经及时劝阻调解，防止了群体性械斗。',
    'mass-petition': '当事人曾商议集体上访，经调解化解，防止了群体性上访。',
  }
  const persons =
    flag === 'suicide'
      ? 1
      : flag === 'criminal'
        ? Math.max(2, parties.list.length)
        : parties.applicants.length + 1
  s.plan.push(record('prevention', s.day, () => ({ flag, persons, note: notes[flag] })))
}

/** The `mediate` step and its sessions: a few ending in agreement, or some that came to nothing. */
export function mediate(
  s: CaseState,
  intent: Intentions,
  t: TransitionDef,
  from: CaseStatus,
  next: TransitionDef | undefined,
): void {
  const { r } = s
  gap(s, 1, 7)
  transition(s, t, from)
  if (intent.willAgree) {
    const count = r.weighted(SESSIONS_TO_AGREE)
    for (let k = 0; k < count; k++) {
      gap(s, k === 0 ? 0 : 3, k === 0 ? 3 : 12)
      addSession(s, k === count - 1 ? 'agreed' : r.pick(['adjourned', 'partial'] as const), k === 0)
      if (k === 0 && intent.prevent) addPrevention(s)
    }
    if (s.kind === 'people' && count >= 2 && r.chance(0.3)) {
      s.plan.push(
        record('extension', s.day, (ms) => ({
          days: r.pick([15, 30]),
          reason: '经双方当事人同意，延长调解期限。',
          consentedBy: s.partyIds,
          consentAt: localDate(ms),
        })),
      )
    }
  } else if (next?.action === 'terminate' || !next) {
    const count = intent.terminationReason === 'withdrawn' ? r.int(0, 1) : next ? r.int(1, 2) : r.int(0, 2)
    for (let k = 0; k < count; k++) {
      gap(s, k === 0 ? 0 : 3, k === 0 ? 3 : 10)
      addSession(
        s,
        next ? r.pick(['none', 'adjourned'] as const) : r.pick(['adjourned', 'partial', 'none'] as const),
        k === 0,
      )
      if (k === 0 && intent.prevent && !next) addPrevention(s)
    }
  }
}
