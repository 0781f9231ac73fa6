/** Blank parties for the registration form. */
import type { PartyInput } from '../../../domain/cases/party'
import type { PartyRole } from '../../../domain/cases/catalogues'

export function newPerson(role: PartyRole): PartyInput {
  return {
    id: crypto.randomUUID(),
    type: 'person',
    role,
    name: '',
    gender: 'male',
    ethnicity: '汉族',
    birthDate: '',
    occupation: '',
    phone: '',
    address: '',
    idType: 'resident-id',
    idNumber: '',
    agent: null,
    lacksCapacity: false,
    selfSupporting: false,
    guardian: null,
  }
}

export function newOrganisation(role: PartyRole): PartyInput {
  return {
    id: crypto.randomUUID(),
    type: 'organisation',
    role,
    name: '',
    creditCode: '',
    legalRepresentative: '',
    phone: '',
    address: '',
  }
}
