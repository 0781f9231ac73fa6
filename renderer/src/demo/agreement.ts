/** The mediation agreement (its terms, a court's confirmation) and the payments that perform it. */
import type { CaseStatus } from '../domain/cases/catalogues'
import { OBLIGOR_ALL } from '../domain/cases/records'
import { toChineseCapitals } from '../domain/amounts/amount'
import type { TransitionDef } from '../domain/workflow/workflows'
import type { TermSeed } from './narratives'
import { gap, record, transition, type CaseState } from './plan'
import { DAY, localDate, localYear } from './time'
import { courtCode } from './venues'

const RULINGS = [
  ['confirmed', 8],
  ['pending', 2],
] as const

/** The `agree` step: the agreement with its terms, and sometimes a court's judicial confirmation. */
export function agree(s: CaseState, t: TransitionDef, from: CaseStatus): void {
  const { r, ctx, template, terms, index, a, b, district } = s
  // 委托调解 ends in the court's 调解书: its agreement is always in writing.
  const form = s.kind === 'court-entrusted' || r.chance(0.85) ? 'written' : 'oral'
  s.agreementForm = form
  for (const seed of template.terms(ctx)) terms.push({ id: `demo-${index}-t${terms.length + 1}`, seed })
  const obligor = (o: TermSeed['obligor']) => (o === 'a' ? a.id : o === 'b' ? b.id : OBLIGOR_ALL)
  s.plan.push(
    record('agreement', s.day, (ms) => ({
      form,
      facts: s.caseFacts,
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
  transition(s, t, from)
  s.outcome = 'agreed'
  if (s.kind === 'people' && form === 'written' && r.chance(0.1)) {
    const applied = r.int(3, 25)
    const ruling = r.weighted(RULINGS)
    const caseNo = `（{year}）${courtCode(district)}民特${r.int(10, 999)}号`
    const ruledAfter = r.int(5, 15)
    s.plan.push(
      record('judicial-confirmation', s.day + applied, (ms) => ({
        appliedAt: localDate(ms),
        court: district.court,
        courtCaseNo: caseNo.replace('{year}', String(localYear(ms))),
      })),
    )
    // The demo plans no rejection (which would reopen the case): a ruling confirms, or is awaited.
    if (ruling !== 'pending') {
      s.confirmation = 'confirmed'
      s.plan.push(
        record('confirmation-ruling', s.day + applied + ruledAfter, (ms) => ({
          ruling: 'confirmed',
          rulingAt: localDate(ms),
          courtCaseNo: caseNo.replace('{year}', String(localYear(ms))),
          reason: '',
        })),
      )
    } else {
      s.confirmation = 'applied'
    }
  }
}

/**
 * Performance of the agreed terms: the sums paid (in instalments where agreed) and the acts done, or a
 * first part only. Called again after a partial start, it completes what is left.
 */
export function addPayments(s: CaseState, partial: boolean): void {
  const { r } = s
  if (s.performed !== 'none') {
    if (!partial && s.performed === 'partial') completePayments(s)
    return
  }
  s.performed = partial ? 'partial' : 'full'
  for (const term of s.terms) {
    if (term.seed.yuan <= 0) {
      // An act (停止施工, 道歉…): done, or not yet.
      if (partial) continue
      gap(s, 1, 15)
      s.plan.push(
        record('performance', s.day, (ms) => ({
          termId: term.id,
          at: localDate(ms),
          amountFen: 0,
          note: '已按协议履行。',
          receiptNo: '',
          complete: true,
        })),
      )
      continue
    }
    const total = term.seed.yuan * 100
    const count = partial ? 1 : (term.seed.instalments ?? 1)
    let paid = 0
    for (let k = 0; k < count; k++) {
      gap(s, k === 0 ? 1 : 20, k === 0 ? 15 : 35)
      const last = k === count - 1
      const amount = partial
        ? Math.round(total / r.int(2, 4))
        : last
          ? total - paid
          : Math.round(total / count)
      paid += amount
      const receipt = r.chance(0.6) ? `收据第${String(r.int(1, 99_999)).padStart(5, '0')}号` : ''
      s.plan.push(
        record('performance', s.day, (ms) => ({
          termId: term.id,
          at: localDate(ms),
          amountFen: amount,
          note: r.pick(['现场交付', '银行转账', '微信转账', '']),
          receiptNo: receipt,
          complete: false,
        })),
      )
    }
    s.paidFen.set(term.id, paid)
  }
}

/** After a partial start (and urging), the rest: each sum's remainder, each act done. */
function completePayments(s: CaseState): void {
  s.performed = 'full'
  for (const term of s.terms) {
    const total = term.seed.yuan * 100
    const remainder = total - (s.paidFen.get(term.id) ?? 0)
    if (total > 0 && remainder <= 0) continue
    gap(s, 3, 20)
    s.plan.push(
      record('performance', s.day, (ms) => ({
        termId: term.id,
        at: localDate(ms),
        amountFen: Math.max(0, remainder),
        note: '经督促，义务人已履行完毕。',
        receiptNo: '',
        complete: true,
      })),
    )
  }
}
