/**
 * Parties to a dispute: natural persons (with ID-number checks) and organisations (with the
 * unified social credit code check). One zod schema validates a party wherever it comes from:
 * a form, storage, or an imported file.
 */
import { z } from 'zod'
import { checkCreditCode, normalizeCreditCode } from '../ids/credit-code'
import { checkResidentId, normalizeResidentId } from '../ids/resident-id'
import { isIsoDate, todayIso } from '../shared/dates'
import { MSG } from '../shared/messages'
import { GENDERS, ID_DOCUMENT_TYPES, PARTY_ROLES } from './catalogues'

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/

const requiredText = (max: number) => z.string().trim().min(1, MSG.required).max(max, MSG.tooLong)
const optionalText = (max: number) => z.string().trim().max(max, MSG.tooLong).default('')

const phone = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || PHONE.test(v.replace(/\s+/g, '')), MSG.phone)

const residentIdMessages = {
  format: MSG.residentIdFormat,
  region: MSG.residentIdRegion,
  'birth-date': MSG.residentIdBirthDate,
  checksum: MSG.residentIdChecksum,
} as const

const creditCodeMessages = {
  format: MSG.creditCodeFormat,
  authority: MSG.creditCodeAuthority,
  checksum: MSG.creditCodeChecksum,
} as const

/** 委托代理人: acts for a party, with a 授权委托书 (power of attorney) on file. */
export const agentSchema = z.object({
  name: requiredText(50),
  phone,
  idNumber: z.string().trim().max(40, MSG.tooLong).default(''),
  powerOfAttorney: z.boolean().default(false),
})

/**
 * 法定代理人 (the 监护人 acting for the party, 民法典 Arts. 19–23) of a minor or of someone lacking
 * capacity. For a child under 14 the guardian's consent to processing the child's personal data is
 * recorded too (个人信息保护法 Art. 31).
 */
export const guardianSchema = z.object({
  name: requiredText(50),
  relation: requiredText(20),
  phone,
  consentToProcessing: z.boolean().default(false),
})

/** Full years between a birth date and today (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/** Full capacity at 18 (民法典 Art. 17); below it a party acts through a 法定代理人 (Arts. 19–20). */
export const LEGAL_AGE = 18
/** From 16 a minor living mainly on their own labour income counts as capable (民法典 Art. 18). */
export const SELF_SUPPORTING_AGE = 16
/** Processing the personal data of a child under 14 needs a guardian's consent (个人信息保护法 Art. 31). */
export const PIPL_CONSENT_AGE = 14

/**
 * What identifies and reaches a natural person whatever the case: shared with the person record
 * (person.ts), which keeps these fields and none of the per-case ones (role, agent, guardian).
 */
export const naturalPersonFields = {
  name: requiredText(50),
  gender: z.enum(GENDERS, MSG.choice),
  ethnicity: optionalText(20),
  birthDate: z
    .string()
    .default('')
    .refine((v) => v === '' || isIsoDate(v), MSG.date)
    .refine((v) => v === '' || v <= todayIso(), MSG.futureDate),
  occupation: optionalText(50),
  phone,
  address: optionalText(200),
  idType: z.enum(ID_DOCUMENT_TYPES, MSG.choice),
  idNumber: z.string().trim().max(40, MSG.tooLong).default(''),
}

/** A resident ID number must pass GB 11643 and agree with the birth date and gender given. */
export function checkNaturalPersonId(
  p: { idType: string; idNumber: string; birthDate: string; gender: string },
  ctx: z.RefinementCtx,
): void {
  if (p.idType !== 'resident-id' || p.idNumber === '') return
  const result = checkResidentId(p.idNumber)
  if (!result.valid) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: residentIdMessages[result.problem] })
    return
  }
  if (p.birthDate !== '' && p.birthDate !== result.info.birthDate) {
    ctx.addIssue({ code: 'custom', path: ['birthDate'], message: MSG.residentIdMismatchBirth })
  }
  if (p.gender !== result.info.gender) {
    ctx.addIssue({ code: 'custom', path: ['gender'], message: MSG.residentIdMismatchGender })
  }
}

export function normalizeNaturalPerson<P extends { idType: string; idNumber: string; phone: string }>(
  p: P,
): P {
  return {
    ...p,
    idNumber: p.idType === 'resident-id' ? normalizeResidentId(p.idNumber) : p.idNumber,
    phone: p.phone.replace(/\s+/g, ''),
  }
}

/** The person record (person.ts) this party is, once linked: the party keeps its details as registered. */
const personId = z.string().min(1).optional()

export const personSchema = z
  .object({
    id: z.string().min(1),
    type: z.literal('person'),
    role: z.enum(PARTY_ROLES, MSG.choice),
    ...naturalPersonFields,
    agent: agentSchema.nullable().default(null),
    lacksCapacity: z.boolean().default(false),
    /** A 16–17-year-old living mainly on their own labour income (民法典 Art. 18), recorded. */
    selfSupporting: z.boolean().default(false),
    guardian: guardianSchema.nullable().default(null),
    personId,
  })
  .superRefine(checkNaturalPersonId)
  .transform(normalizeNaturalPerson)

/** What capacity depends on: the birth date (or the ID number's), incapacity, self-support. */
export interface CapacityFacts {
  birthDate: string
  idType: string
  idNumber: string
  lacksCapacity: boolean
  selfSupporting?: boolean
}

/** The party's age in full years on `today`, from the birth date or the ID number; null if unknown. */
export function partyAge(
  p: Pick<CapacityFacts, 'birthDate' | 'idType' | 'idNumber'>,
  today: string,
): number | null {
  const id = p.idType === 'resident-id' && p.idNumber ? checkResidentId(p.idNumber) : null
  const birth = p.birthDate || (id?.valid ? id.info.birthDate : '')
  return birth && isIsoDate(birth) ? ageOn(birth, today) : null
}

/**
 * Whether the party acts (and signs) through a 法定代理人: under 18, unless a 16–17-year-old living
 * on their own income, or lacking capacity at any age.
 */
export function needsLegalRepresentative(p: CapacityFacts, today: string): boolean {
  if (p.lacksCapacity) return true
  const age = partyAge(p, today)
  if (age === null || age >= LEGAL_AGE) return false
  return !(age >= SELF_SUPPORTING_AGE && p.selfSupporting)
}

/** Whether the guardian's consent to processing the party's data is needed (under 14). */
export function needsGuardianConsent(
  p: Pick<CapacityFacts, 'birthDate' | 'idType' | 'idNumber'>,
  today: string,
): boolean {
  const age = partyAge(p, today)
  return age !== null && age < PIPL_CONSENT_AGE
}

/**
 * A party's capacity as registered today: a 法定代理人 where one is needed, the guardian's consent
 * for a child under 14, and self-support claimed only at 16 or 17. Checked when a case is
 * registered (not when a stored case is read: a party who came of age since stays as registered).
 */
export function checkCapacity(
  p: CapacityFacts & { guardian: { consentToProcessing?: boolean } | null },
  today: string,
  issue: (path: string, message: string) => void,
): void {
  const age = partyAge(p, today)
  if (p.selfSupporting && !(age !== null && age >= SELF_SUPPORTING_AGE && age < LEGAL_AGE))
    issue('selfSupporting', MSG.selfSupportingAge)
  if (needsLegalRepresentative(p, today) && !p.guardian) issue('guardian', MSG.guardianRequired)
  else if (p.guardian && needsGuardianConsent(p, today) && !p.guardian.consentToProcessing)
    issue('guardian.consentToProcessing', MSG.guardianConsent)
}

/** What identifies and reaches an organisation whatever the case (shared with person.ts). */
export const organisationFields = {
  name: requiredText(100),
  creditCode: z.string().trim().min(1, MSG.required),
  legalRepresentative: requiredText(50),
  phone,
  address: optionalText(200),
}

export function checkOrganisationCode(o: { creditCode: string }, ctx: z.RefinementCtx): void {
  const result = checkCreditCode(o.creditCode)
  if (!result.valid) {
    ctx.addIssue({ code: 'custom', path: ['creditCode'], message: creditCodeMessages[result.problem] })
  }
}

export function normalizeOrganisation<O extends { creditCode: string; phone: string }>(o: O): O {
  return { ...o, creditCode: normalizeCreditCode(o.creditCode), phone: o.phone.replace(/\s+/g, '') }
}

export const organisationSchema = z
  .object({
    id: z.string().min(1),
    type: z.literal('organisation'),
    role: z.enum(PARTY_ROLES, MSG.choice),
    ...organisationFields,
    personId,
  })
  .superRefine(checkOrganisationCode)
  .transform(normalizeOrganisation)

export const partySchema = z.discriminatedUnion('type', [personSchema, organisationSchema])

export type Person = z.output<typeof personSchema>
export type Organisation = z.output<typeof organisationSchema>
export type Party = z.output<typeof partySchema>
export type PartyInput = z.input<typeof partySchema>
