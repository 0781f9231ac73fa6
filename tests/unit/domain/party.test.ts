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

describe('agents and guardians', () => {
  it('needs a guardian for a child under 14 and for someone lacking capacity', () => {
    const child = makePerson({ idType: 'passport', idNumber: 'E1', birthDate: '2020-05-01', gender: 'male' })
    expect(messages(child)).toEqual(['guardian:validation.guardianRequired'])
    expect(messages({ ...child, guardian: { name: '母亲甲', relation: '母子', phone: '' } })).toEqual([])
    expect(messages(makePerson({ lacksCapacity: true }))).toEqual(['guardian:validation.guardianRequired'])
    // the birth date inside an ID number counts too
    expect(messages(makePerson({ idNumber: '110105201801010027', birthDate: '' }))).toEqual([
      'guardian:validation.guardianRequired',
    ])
  })

  it('keeps an agent with the power of attorney', () => {
    const p = partySchema.parse(
      makePerson({ agent: { name: '律师乙', phone: '13800000000', idNumber: '', powerOfAttorney: true } }),
    )
    expect(p.type === 'person' && p.agent).toMatchObject({ name: '律师乙', powerOfAttorney: true })
  })
})
