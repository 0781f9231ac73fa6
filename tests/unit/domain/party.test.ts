import { describe, expect, it } from 'vitest'
import { caseRegistrationSchema } from '../../../renderer/src/domain/cases/case'
import { partySchema } from '../../../renderer/src/domain/cases/party'
import { makeOrganisation, makePerson, makeRegistration } from '../../builders/cases'

const messages = (input: unknown) => {
  const r = partySchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)
}

describe('party validation', () => {
  it('accepts a valid person and organisation and normalises numbers', () => {
    const p = partySchema.parse(makePerson({ idNumber: '11010519491231002x', phone: '138 0013 8000' }))
    expect(p.type === 'person' && p.idNumber).toBe('11010519491231002X')
    expect(p.phone).toBe('13800138000')
    expect(partySchema.parse(makeOrganisation({ creditCode: '91440300708461136t' }))).toMatchObject({
      creditCode: '91440300708461136T',
    })
  })

  it('names the field and the problem with i18n keys', () => {
    expect(messages(makePerson({ name: '  ' }))).toEqual(['name:validation.required'])
    expect(messages(makePerson({ idNumber: '110105194912310021' }))).toEqual([
      'idNumber:validation.residentId.checksum',
    ])
    expect(messages(makePerson({ gender: 'male' }))).toEqual(['gender:validation.residentId.mismatchGender'])
    expect(messages(makePerson({ birthDate: '1950-01-01' }))).toEqual([
      'birthDate:validation.residentId.mismatchBirth',
    ])
    expect(messages(makePerson({ phone: '12345' }))).toEqual(['phone:validation.phone'])
    expect(messages(makeOrganisation({ creditCode: '91350100M000100Y44' }))).toEqual([
      'creditCode:validation.creditCode.checksum',
    ])
  })

  it('does not check passport numbers as resident IDs', () => {
    expect(messages(makePerson({ idType: 'passport', idNumber: 'E12345678', birthDate: '' }))).toEqual([])
  })

  it('needs an applicant and a respondent', () => {
    const r = caseRegistrationSchema.safeParse(
      makeRegistration({ parties: [makePerson(), makePerson({ name: '王五' })] }),
    )
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('validation.partiesNeedBothSides')
  })
})

/** A birth date `years` full years (and a few months) before today. */
const bornYearsAgo = (years: number, extraDays = 60) => {
  const d = new Date()
  d.setFullYear(d.getFullYear() - years)
  d.setDate(d.getDate() - extraDays)
  return d.toISOString().slice(0, 10)
}

/** What registration says of a party, as `path:message` (capacity is checked when a case is registered). */
const capacity = (party: object) => {
  const parties = [party as ReturnType<typeof makePerson>, makeOrganisation()]
  const r = caseRegistrationSchema.safeParse(makeRegistration({ parties }))
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)
}

// Changed rule: a 法定代理人 is needed under 18 (民法典 Arts. 17–20), not under 14 as this test
// once said; 14 stays only for the guardian's consent to processing the child's data (PIPL Art. 31).
describe('agents, legal representatives and capacity', () => {
  const guardian = { name: '母亲甲', relation: '母子', phone: '' }

  it('a minor under 18 acts through a 法定代理人; so does someone lacking capacity', () => {
    const minor = makePerson({
      idType: 'passport',
      idNumber: 'E1',
      birthDate: bornYearsAgo(15),
      gender: 'male',
    })
    expect(capacity(minor)).toEqual(['parties.0.guardian:validation.guardianRequired'])
    expect(capacity({ ...minor, guardian })).toEqual([])
    expect(capacity(makePerson({ lacksCapacity: true }))).toEqual([
      'parties.0.guardian:validation.guardianRequired',
    ])
    expect(capacity(makePerson({ idType: 'passport', idNumber: 'E2', birthDate: bornYearsAgo(18) }))).toEqual(
      [],
    )
  })

  it('a 16–17-year-old living on their own income counts as capable (民法典 Art. 18), recorded', () => {
    const seventeen = makePerson({ idType: 'passport', idNumber: 'E3', birthDate: bornYearsAgo(17) })
    expect(capacity(seventeen)).toEqual(['parties.0.guardian:validation.guardianRequired'])
    expect(capacity({ ...seventeen, selfSupporting: true })).toEqual([])
    const fifteen = makePerson({ idType: 'passport', idNumber: 'E4', birthDate: bornYearsAgo(15) })
    expect(capacity({ ...fifteen, selfSupporting: true, guardian })).toEqual([
      'parties.0.selfSupporting:validation.selfSupportingAge',
    ])
  })

  it('under 14 the guardian also consents to processing the child’s data (PIPL Art. 31)', () => {
    const child = makePerson({ idType: 'passport', idNumber: 'E5', birthDate: '2020-05-01', gender: 'male' })
    expect(capacity({ ...child, guardian })).toEqual([
      'parties.0.guardian.consentToProcessing:validation.guardianConsent',
    ])
    expect(capacity({ ...child, guardian: { ...guardian, consentToProcessing: true } })).toEqual([])
    // the birth date inside an ID number counts too
    expect(capacity(makePerson({ idNumber: '110105201801010027', birthDate: '' }))).toEqual([
      'parties.0.guardian:validation.guardianRequired',
    ])
  })

  it('a stored party who has come of age since, or who was registered under older rules, still reads', () => {
    const minor = makePerson({ idType: 'passport', idNumber: 'E6', birthDate: bornYearsAgo(15) })
    expect(messages(minor)).toEqual([])
  })

  it('keeps an agent with the power of attorney', () => {
    const p = partySchema.parse(
      makePerson({ agent: { name: '律师乙', phone: '13800000000', idNumber: '', powerOfAttorney: true } }),
    )
    expect(p.type === 'person' && p.agent).toMatchObject({ name: '律师乙', powerOfAttorney: true })
  })
})
