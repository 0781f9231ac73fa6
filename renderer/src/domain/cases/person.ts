/**
 * A person (or organisation) as one record reused across cases. It keeps what identifies and
 * reaches them — the detail fields of a party, validated by the same rules — and nothing that
 * belongs to one case (role, agent, guardian): those stay on the case's party, which also keeps
 * the details as they were when the case was registered.
 */
import { z } from 'zod'
import {
  checkNaturalPersonId,
  checkOrganisationCode,
  naturalPersonFields,
  normalizeNaturalPerson,
  normalizeOrganisation,
  organisationFields,
  type Party,
} from './party'

export const naturalPersonDetailsSchema = z
  .object({ type: z.literal('person'), ...naturalPersonFields })
  .superRefine(checkNaturalPersonId)
  .transform(normalizeNaturalPerson)

export const organisationDetailsSchema = z
  .object({ type: z.literal('organisation'), ...organisationFields })
  .superRefine(checkOrganisationCode)
  .transform(normalizeOrganisation)

export const personDetailsSchema = z.discriminatedUnion('type', [
  naturalPersonDetailsSchema,
  organisationDetailsSchema,
])

export type PersonDetails = z.output<typeof personDetailsSchema>
export type PersonDetailsInput = z.input<typeof personDetailsSchema>

export type Person = PersonDetails & {
  id: string
  createdAt: string
  updatedAt: string
}

/** The person-level part of a party: what a new person record starts from. */
export function detailsOfParty(p: Party): PersonDetails {
  if (p.type === 'organisation') {
    const { type, name, creditCode, legalRepresentative, phone, address } = p
    return { type, name, creditCode, legalRepresentative, phone, address }
  }
  const { type, name, gender, ethnicity, birthDate, occupation, phone, address, idType, idNumber } = p
  return { type, name, gender, ethnicity, birthDate, occupation, phone, address, idType, idNumber }
}

/** The number that identifies them: resident ID (or other document) number, or credit code. */
export function identifierOf(p: PersonDetails | Party): string {
  return p.type === 'person' ? p.idNumber : p.creditCode
}
