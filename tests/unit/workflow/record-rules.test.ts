/**
 * Which records a case may take and what they must say given the case: 司法确认 only for a written
 * agreement in force (never oral, never 委托调解), a ruling only once applied, extensions only with
 * every party's consent, traffic and 治安 records only in their sectors, court records only in
 * court-linked cases.
 */
import { describe, expect, it } from 'vitest'
import { RECORD_SCHEMAS } from '../../../renderer/src/domain/cases/records'
import {
  courtRequests,
  nonPerformanceRoutes,
  RECORD_MSG,
  recordIssues,
  recordRefusal,
  type RecordContext,
} from '../../../renderer/src/domain/workflow/record-rules'

const ctx = (patch: Partial<RecordContext> = {}): RecordContext => ({
  kind: 'people',
  sector: null,
  status: 'agreed',
  events: { accepted: '2026-03-02', 'agreement-effective': '2026-03-10' },
  agreementForm: 'written',
  confirmation: 'none',
  parties: [
    { id: 'a', role: 'applicant' },
    { id: 'b', role: 'respondent' },
    { id: 'c', role: 'third-party' },
  ],
  ...patch,
})

describe('recordRefusal', () => {
  it('司法确认: a written agreement in force, applied for once', () => {
    expect(recordRefusal('judicial-confirmation', ctx())).toBeNull()
    expect(recordRefusal('judicial-confirmation', ctx({ agreementForm: 'oral' }))).toBe(
      RECORD_MSG.oralNoConfirmation,
    )
    expect(recordRefusal('judicial-confirmation', ctx({ kind: 'court-entrusted' }))).toBe(
      RECORD_MSG.entrustedNoConfirmation,
    )
    expect(recordRefusal('judicial-confirmation', ctx({ agreementForm: null }))).toBe(
      RECORD_MSG.needsAgreement,
    )
    // typed into the agreement but never signed and sealed: not in force yet
    expect(recordRefusal('judicial-confirmation', ctx({ events: { accepted: '2026-03-02' } }))).toBe(
      RECORD_MSG.notEffective,
    )
    expect(recordRefusal('judicial-confirmation', ctx({ confirmation: 'applied' }))).toBe(
      RECORD_MSG.alreadyApplied,
    )
    expect(recordRefusal('judicial-confirmation', ctx({ kind: 'court-delegated' }))).toBeNull()
  })

  it('the ruling only once applied for', () => {
    expect(recordRefusal('confirmation-ruling', ctx())).toBe(RECORD_MSG.notApplied)
    expect(recordRefusal('confirmation-ruling', ctx({ confirmation: 'applied' }))).toBeNull()
    expect(recordRefusal('confirmation-ruling', ctx({ confirmation: 'confirmed' }))).toBe(
      RECORD_MSG.notApplied,
    )
  })

  it('performance, urging and 未履行 need an agreement', () => {
    for (const kind of ['performance', 'urge', 'non-performance'] as const) {
      expect(recordRefusal(kind, ctx())).toBeNull()
      expect(recordRefusal(kind, ctx({ agreementForm: null }))).toBe(RECORD_MSG.needsAgreement)
    }
  })

  it('sector and court records only where they belong; transitions never', () => {
    const traffic = ctx({ kind: 'administrative', sector: 'traffic' })
    for (const kind of ['accident-report', 'loss-fixed', 'session-notice'] as const) {
      expect(recordRefusal(kind, traffic)).toBeNull()
      expect(recordRefusal(kind, ctx())).toBe(RECORD_MSG.trafficOnly)
    }
    expect(
      recordRefusal('police-return', ctx({ kind: 'administrative', sector: 'public-security' })),
    ).toBeNull()
    expect(recordRefusal('police-return', traffic)).toBe(RECORD_MSG.publicSecurityOnly)
    expect(recordRefusal('court-report', ctx())).toBe(RECORD_MSG.courtOnly)
    expect(recordRefusal('court-report', ctx({ kind: 'court-entrusted' }))).toBeNull()
    expect(recordRefusal('transition', ctx())).toBe(RECORD_MSG.workflowOnly)
    expect(recordRefusal('mass-dispute', ctx())).toBeNull()
  })
})

describe('recordIssues', () => {
  const extension = (consentedBy: string[], consentAt = '2026-03-20') =>
    RECORD_SCHEMAS.extension.parse({ days: 15, reason: '双方同意延长', consentedBy, consentAt })

  it('an extension names every applicant and respondent as consenting, and when', () => {
    expect(recordIssues('extension', extension(['a', 'b']), ctx())).toEqual([])
    expect(recordIssues('extension', extension(['a']), ctx())).toEqual([
      { path: 'consentedBy', message: RECORD_MSG.consentAllParties },
    ])
    expect(recordIssues('extension', extension(['a', 'b'], ''), ctx())).toEqual([
      { path: 'consentAt', message: RECORD_MSG.consentDate },
    ])
  })

  it('the 未履行 routes told are the ones open to the case', () => {
    expect(nonPerformanceRoutes(ctx())).toEqual(['judicial-confirmation', 'litigation'])
    expect(nonPerformanceRoutes(ctx({ agreementForm: 'oral' }))).toEqual(['litigation'])
    expect(nonPerformanceRoutes(ctx({ confirmation: 'confirmed' }))).toEqual(['enforcement', 'litigation'])
    const told = (routes: string[]) =>
      recordIssues(
        'non-performance',
        RECORD_SCHEMAS['non-performance'].parse({ notifiedAt: '2026-05-01', routes }),
        ctx({ agreementForm: 'oral' }),
      )
    expect(told(['litigation'])).toEqual([])
    expect(told(['judicial-confirmation', 'litigation'])).toEqual([
      { path: 'routes', message: RECORD_MSG.routeUnavailable },
    ])
  })

  it('委托调解 asks the court for a 调解书 or 撤诉, 委派 for 司法确认, only when agreed', () => {
    expect(courtRequests(ctx({ kind: 'court-entrusted' }))).toEqual(['', 'mediation-document', 'withdrawal'])
    expect(courtRequests(ctx({ kind: 'court-delegated' }))).toEqual(['', 'judicial-confirmation'])
    const report = (request: string, result = 'agreed') =>
      RECORD_SCHEMAS['court-report'].parse({ reportedAt: '2026-03-20', result, request })
    expect(
      recordIssues('court-report', report('judicial-confirmation'), ctx({ kind: 'court-entrusted' })),
    ).toEqual([{ path: 'request', message: RECORD_MSG.requestNotForKind }])
    expect(
      recordIssues('court-report', report('mediation-document'), ctx({ kind: 'court-entrusted' })),
    ).toEqual([])
    expect(
      recordIssues('court-report', report('withdrawal', 'failed'), ctx({ kind: 'court-entrusted' })),
    ).toEqual([{ path: 'request', message: RECORD_MSG.requestOnlyWhenAgreed }])
  })

  it('an application is not dated before the agreement took effect; only 委派 returns to the court', () => {
    const applied = (appliedAt: string) =>
      RECORD_SCHEMAS['judicial-confirmation'].parse({ appliedAt, court: '甘井子区人民法院' })
    expect(recordIssues('judicial-confirmation', applied('2026-03-09'), ctx())).toEqual([
      { path: 'appliedAt', message: RECORD_MSG.appliedBeforeEffective },
    ])
    expect(recordIssues('judicial-confirmation', applied('2026-03-10'), ctx())).toEqual([])
    const termination = RECORD_SCHEMAS.termination.parse({
      reason: 'time-limit',
      routes: ['court-filing'],
      notifiedAt: '2026-04-01',
      returnToCourt: true,
    })
    expect(recordIssues('termination', termination, ctx({ kind: 'court-delegated' }))).toEqual([])
    expect(recordIssues('termination', termination, ctx())).toEqual([
      { path: 'returnToCourt', message: RECORD_MSG.returnToCourtOnlyDelegated },
    ])
  })
})
