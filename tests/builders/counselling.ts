/** Test builders for counselling: real counsellor sessions (with their own keys) and valid records. */
import { login } from '../../renderer/src/data/auth/login'
import { createRepositories, type Repositories } from '../../renderer/src/data/repositories'
import type { CounsellingRecordInput } from '../../renderer/src/data/repositories/counselling/counselling-notes'
import type { MediationDb } from '../../renderer/src/data/schema'
import type { ClientInput } from '../../renderer/src/domain/counselling/client'
import type { ReferralInput } from '../../renderer/src/domain/counselling/referral'
import type { Role } from '../../renderer/src/domain/auth/roles'
import { setUpWorkspace, TEST_KDF } from './session'
import { keeperOf } from '../builders/session'

export type Workspace = Awaited<ReturnType<typeof setUpWorkspace>>

/** Creates an account through the administrator's repository and logs it in for real. */
export async function userSession(ws: Workspace, username: string, roles: Role[], now?: () => Date) {
  const password = `${username} blue harbour 42`
  const u = await ws.repos.users.create({ username, displayName: `${username} 名`, roles, password })
  const session = await login(ws.db, keeperOf(ws.db), username, password)
  return {
    id: u.id,
    session,
    password,
    repos: createRepositories(ws.db, session, { kdfCost: TEST_KDF, now }),
  }
}

export async function loginAgain(db: MediationDb, username: string, now?: () => Date): Promise<Repositories> {
  const session = await login(db, keeperOf(db), username, `${username} blue harbour 42`)
  return createRepositories(db, session, { kdfCost: TEST_KDF, now })
}

export const makeClient = (overrides: Record<string, unknown> = {}): ClientInput => ({
  name: '小林',
  isAlias: true,
  contact: '13900001111',
  note: '',
  ...overrides,
})

export const makeConsent = (overrides: Record<string, unknown> = {}): CounsellingRecordInput<'consent'> => ({
  textVersion: 'v1',
  language: 'zh-CN',
  date: '2026-03-02',
  signer: 'client',
  signerName: '小林',
  signature: { method: 'typed', name: '小林' },
  recording: { consented: false, signature: null },
  ...overrides,
})

export const makeIntake = (overrides: Record<string, unknown> = {}): CounsellingRecordInput<'intake'> => ({
  date: '2026-03-02',
  presentingConcern: '近期与家人冲突后失眠、情绪低落。',
  background: '',
  supports: '',
  goals: '',
  ...overrides,
})

export const makeSessionNote = (
  overrides: Record<string, unknown> = {},
): CounsellingRecordInput<'session'> => ({
  at: '2026-03-09T10:00',
  durationMinutes: 50,
  mode: 'in-person',
  presentingConcern: '睡眠问题。',
  interventions: '倾听、情绪命名。',
  clientResponse: '较为投入。',
  plan: '下周继续。',
  freeText: '',
  ...overrides,
})

export const makeRisk = (overrides: Record<string, unknown> = {}): CounsellingRecordInput<'risk'> => ({
  date: '2026-03-09',
  selfHarm: 'low',
  harmOthers: 'none',
  overall: 'low',
  factors: '',
  protective: '家人支持。',
  safetyPlan: '',
  ...overrides,
})

export const makeClosing = (overrides: Record<string, unknown> = {}): CounsellingRecordInput<'closing'> => ({
  date: '2026-03-30',
  sessions: 4,
  outcome: 'goals-met',
  summary: '睡眠改善，咨询目标达成。',
  followUp: '',
  ...overrides,
})

export const makeException = (
  overrides: Record<string, unknown> = {},
): CounsellingRecordInput<'exception'> => ({
  ground: 'self-harm-risk',
  disclosed: '来访者有明确自伤计划。',
  recipient: '来访者母亲',
  disclosedAt: '2026-03-09T11:00',
  disclosedBy: '孙咨询',
  basis: '',
  clientInformed: true,
  ...overrides,
})

export const makeReferral = (
  counsellorId: string,
  overrides: Record<string, unknown> = {},
): ReferralInput => ({
  counsellorId,
  partyId: '',
  name: '周丽',
  isAlias: false,
  contact: '13900002222',
  reason: '调解中情绪崩溃，多次提到睡不着。',
  consent: { given: true, date: '2026-03-02' },
  ...overrides,
})

export { setUpWorkspace, TEST_KDF }
