/** Test builders: valid registrations and parties, overridable field by field. */
import type { CaseRegistrationInput } from '../../renderer/src/domain/cases/case'
import type { PartyInput } from '../../renderer/src/domain/cases/party'
import type { PersonDetailsInput } from '../../renderer/src/domain/cases/person'

let counter = 0
const nextId = () => `party-${++counter}`

/** Valid GB 11643 number of a man born 1949-12-31 (the standard's own example region). */
export const VALID_RESIDENT_ID = '11010519491231002X'
export const VALID_CREDIT_CODE = '91440300708461136T'

export function makePerson(overrides: Partial<Extract<PartyInput, { type: 'person' }>> = {}): PartyInput {
  return {
    id: nextId(),
    type: 'person',
    role: 'applicant',
    name: '张三',
    gender: 'female',
    ethnicity: '汉族',
    birthDate: '1949-12-31',
    occupation: '退休',
    phone: '13800138000',
    address: '大连市甘井子区某街道1号',
    idType: 'resident-id',
    idNumber: VALID_RESIDENT_ID,
    ...overrides,
  }
}

/** The person record of makePerson()'s party: the same details, without the per-case fields. */
export function makePersonDetails(
  overrides: Partial<Extract<PersonDetailsInput, { type: 'person' }>> = {},
): PersonDetailsInput {
  const { id: _id, role: _role, ...details } = makePerson() as Extract<PartyInput, { type: 'person' }>
  return { ...details, ...overrides }
}

export function makeOrganisation(
  overrides: Partial<Extract<PartyInput, { type: 'organisation' }>> = {},
): PartyInput {
  return {
    id: nextId(),
    type: 'organisation',
    role: 'respondent',
    name: '大连某物业服务有限公司',
    creditCode: VALID_CREDIT_CODE,
    legalRepresentative: '李四',
    phone: '0411-84123456',
    address: '大连市沙河口区某路2号',
    ...overrides,
  }
}

export function makeRegistration(overrides: Partial<CaseRegistrationInput> = {}): CaseRegistrationInput {
  return {
    kind: 'people',
    source: 'party-application',
    disputeType: 'neighbourhood',
    facts: '楼上住户装修噪音影响休息，双方多次争执。',
    requests: '请求对方停止夜间施工并赔偿损失500元。',
    parties: [makePerson(), makeOrganisation()],
    ...overrides,
  }
}
