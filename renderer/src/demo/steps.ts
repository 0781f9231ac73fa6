/** Plans a case's workflow steps in order, each with the records it writes before it. */
import type { CaseStatus } from '../domain/cases/catalogues'
import type { TransitionDef } from '../domain/workflow/workflows'
import { nonPerformanceRoutes } from '../domain/workflow/record-rules'
import { addPayments, agree } from './agreement'
import { riskReason, type Intentions } from './opening'
import { gap, record, transition, type CaseState } from './plan'
import { mediate } from './sessions'
import { localDate, localDateTime, localYear } from './time'

const VISIT_METHODS = [
  ['phone', 6],
  ['visit', 3.5],
  ['other', 0.5],
] as const

const LOSS_EVENTS = [
  ['loss-determined', 6],
  ['treatment-ended', 3],
  ['disability-assessed', 1],
] as const

/** 道路交通事故: the accident report and the written application, then the day the loss is fixed. */
function trafficFacts(s: CaseState): void {
  const { r } = s
  const reportDay = s.day
  s.plan.push(
    record('accident-report', reportDay, (ms) => ({
      receivedAt: localDate(ms - r.int(1, 8) * 86_400_000),
      reportNo: `第${String(r.int(1, 99_999)).padStart(5, '0')}号`,
      appliedAt: localDate(ms),
    })),
  )
  gap(s, 0, 5)
  s.plan.push(
    record('loss-fixed', s.day, (ms) => ({ event: r.weighted(LOSS_EVENTS), at: localDate(ms), note: '' })),
  )
}

export function planSteps(s: CaseState, intent: Intentions, path: readonly TransitionDef[]): void {
  const { r, type, status, district, template, ctx, mediator, second, place, terms } = s
  const { terminationReason } = intent
  const willTerminate = path.some((t) => t.action === 'terminate')
  let current: CaseStatus = 'registered'

  for (const [i, t] of path.entries()) {
    const from = current
    const later = path.slice(i + 1).map((x) => x.action)
    // Urged, closed as not performed or returned to the police later: never performed in full.
    const unperformedLater = later.some(
      (a) => a === 'urge' || a === 'close-unperformed' || a === 'return-police',
    )
    switch (t.action) {
      case 'accept':
        gap(s, 0, 2)
        if (intent.regradeOnAccept) {
          s.plan.push(record('risk', s.day, () => ({ level: 'red', reason: riskReason(r, 'red') })))
        }
        if (intent.escalate) {
          s.plan.push(
            record('escalation', s.day, (ms) => ({
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
        transition(s, t, from)
        break
      case 'reject':
        gap(s, 0, 3)
        transition(
          s,
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
        gap(s, 0, 1)
        s.plan.push(
          record('notice', s.day, (ms) => ({
            at: localDateTime(ms),
            method: r.chance(0.85) ? 'written' : 'oral',
            acknowledgedBy: s.partyIds,
            note: r.chance(0.3) ? '已当场送达《当事人权利义务告知书》，当事人签字确认。' : '',
          })),
        )
        transition(s, t, from)
        break
      case 'investigate': {
        gap(s, 0, 3)
        transition(s, t, from)
        const count = r.int(1, 2)
        for (let k = 0; k < count; k++) {
          gap(s, 1, 5)
          s.plan.push(
            record('investigation', s.day, (ms) => ({
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
      case 'mediate':
        if (s.sector === 'traffic') trafficFacts(s)
        mediate(s, intent, t, from, path[i + 1])
        break
      case 'agree':
        agree(s, t, from)
        break
      case 'perform':
        gap(s, 1, 10)
        transition(s, t, from)
        // Part of it only, where the case stays 履行中 or is urged to perform later.
        addPayments(s, status === 'performing' || unperformedLater)
        break
      case 'urge':
        // Urged because something is still owed: at most a first part was paid.
        addPayments(s, true)
        gap(s, 10, 40)
        s.plan.push(
          record('urge', s.day, (ms) => ({
            at: localDate(ms),
            method: r.pick(['phone', 'visit', 'written'] as const),
            content: `义务人${ctx.b}未按协议约定期限履行，调解员${r.pick(['电话联系', '上门走访', '发出书面督促通知'])}，督促其尽快履行。`,
            promisedDate: r.chance(0.5) ? localDate(ms + r.int(7, 30) * 86_400_000) : '',
          })),
        )
        transition(s, t, from)
        break
      case 'close-unperformed':
        gap(s, 15, 40)
        s.plan.push(
          record('non-performance', s.day, (ms) => ({
            notifiedAt: localDate(ms),
            routes: nonPerformanceRoutes({
              kind: s.kind,
              agreementForm: s.agreementForm,
              confirmation: s.confirmation,
            }),
            note: '经督促义务人仍未履行，已告知当事人可依法申请司法确认后强制执行或向人民法院起诉。',
          })),
        )
        transition(s, t, from)
        break
      case 'return-police':
        gap(s, 1, 7)
        s.plan.push(
          record('police-return', s.day, (ms) => ({
            at: localDate(ms),
            reason: s.outcome === 'agreed' ? 'not-performed' : 'no-agreement',
            litigationTold: true,
            note: '',
          })),
        )
        transition(s, t, from)
        if (s.outcome !== 'agreed') s.outcome = 'terminated'
        break
      case 'visit':
        // Closed as performed later: by the visit everything was performed; urged later: only a part.
        if (unperformedLater) addPayments(s, true)
        else if (from === 'agreed' || later.includes('close')) addPayments(s, false)
        gap(s, 10, 40)
        s.plan.push(
          record('visit', s.day, (ms) => {
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
        transition(s, t, from)
        break
      case 'close':
        // 结案 as performed: every term is performed first.
        addPayments(s, false)
        gap(s, 1, 10)
        transition(s, t, from)
        break
      case 'terminate': {
        gap(s, 1, 7)
        const routes: ('arbitration' | 'administrative' | 'litigation')[] =
          type === 'labour'
            ? ['arbitration', 'litigation']
            : r.chance(0.15)
              ? ['administrative', 'litigation']
              : ['litigation']
        s.plan.push(
          record('termination', s.day, (ms) => ({
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
        transition(s, t, from, '调解不成，依法终止调解，已告知当事人可通过其他途径解决。')
        s.outcome = 'terminated'
        break
      }
      case 'report-court':
        gap(s, 0, 3)
        s.plan.push(
          record('court-report', s.day, (ms) => ({
            reportedAt: localDate(ms),
            result:
              s.outcome === 'agreed' ? 'agreed' : terminationReason === 'withdrawn' ? 'withdrawn' : 'failed',
            note:
              s.outcome === 'agreed'
                ? '双方已达成调解协议，协议书随函附送。'
                : '调解不成，退回法院依法处理。',
          })),
        )
        transition(s, t, from)
        break
      case 'archive':
        gap(s, 5, 60)
        transition(s, t, from)
        break
    }
    if (t.action === 'reject') s.outcome = 'rejected'
    current = t.to
  }
  if (willTerminate && s.outcome !== 'terminated') throw new Error('termination was planned but not written')
}
