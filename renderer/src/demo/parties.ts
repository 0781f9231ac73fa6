/** The room's mediators, and the parties of one demo case (shaped by its narrative template). */
import type { Gender, PartyRole } from '../domain/cases/catalogues'
import type { PartyInput } from '../domain/cases/party'
import type { Template } from './narratives'
import { fullName, organisation, person, surname, type PersonOptions } from './people'
import type { District } from './places'
import { mixSeed, Rng } from './random'

export interface Mediators {
  names: string[]
}

export function mediatorsFor(seed: number): Mediators {
  const r = new Rng(mixSeed(seed, -1))
  const names: string[] = []
  while (names.length < 10) {
    const name = fullName(r, r.chance(0.55) ? 'female' : 'male')
    if (!names.includes(name)) names.push(name)
  }
  return { names }
}

export interface Parties {
  list: PartyInput[]
  applicants: PartyInput[]
  respondents: PartyInput[]
}

export function makeParties(r: Rng, t: Template, index: number, now: number, district: District): Parties {
  let k = 0
  const id = () => `demo-${index}-p${++k}`
  const setting = t.setting ?? null
  const one = (role: PartyRole, o: Partial<PersonOptions> = {}) =>
    person(r, { role, id: id(), now, district, setting, ...o })
  const aGender: Gender =
    t.applicantGender ?? (r.chance(t.relation === 'ex-spouses' ? 0.25 : 0.5) ? 'male' : 'female')
  const aFamily = surname(r)
  const applicants: PartyInput[] = []
  const respondents: PartyInput[] = []
  switch (t.relation) {
    case 'parent-child':
      // Children mostly carry their father's surname.
      applicants.push(one('applicant', { gender: aGender, family: aFamily, minAge: 62, maxAge: 88 }))
      respondents.push(
        one('respondent', {
          family: aGender === 'male' || r.chance(0.3) ? aFamily : undefined,
          minAge: 32,
          maxAge: 58,
        }),
      )
      break
    case 'siblings':
      applicants.push(one('applicant', { gender: aGender, family: aFamily, minAge: 38, maxAge: 72 }))
      respondents.push(one('respondent', { family: aFamily, minAge: 38, maxAge: 72 }))
      break
    case 'spouses':
    case 'ex-spouses':
      applicants.push(one('applicant', { gender: aGender, family: aFamily, minAge: 26, maxAge: 55 }))
      respondents.push(
        one('respondent', { gender: aGender === 'male' ? 'female' : 'male', minAge: 26, maxAge: 58 }),
      )
      break
    default: {
      const n = t.applicants ? r.int(t.applicants[0], t.applicants[1]) : 1
      for (let i = 0; i < n; i++) applicants.push(one('applicant', i === 0 ? { gender: aGender } : {}))
      respondents.push(
        t.respondent === 'person'
          ? one('respondent', r.chance(0.85) ? {} : { district: undefined, setting: null })
          : organisation(r, {
              role: 'respondent',
              id: id(),
              kind: t.respondent,
              district: r.chance(0.7) ? district : undefined,
              now,
            }),
      )
    }
  }
  const list = [...applicants, ...respondents]
  if (t.thirdParty && r.chance(0.7)) {
    list.push(organisation(r, { role: 'third-party', id: id(), kind: t.thirdParty, now }))
  } else if (r.chance(0.03)) {
    list.push(one('third-party'))
  }
  return { list, applicants, respondents }
}
