/**
 * One case as it leaves the room in a bundle. Pure: the caller passes the organisation's keyed hash
 * (an HMAC under a key only this room holds), so pseudonyms are stable for this organisation —
 * the same case or person gets the same pseudonym in every export — and meaningless elsewhere.
 *
 * A de-identified case keeps codes, dates, amounts and counts; each party becomes a pseudonym and a
 * label (当事人甲…), a gender, an age band, a 区/县 and masked numbers (masks.ts). Free text is left
 * out unless the export chooses it, and is then scrubbed (scrub.ts). An identified export adds the
 * names, numbers, addresses and case number, and keeps free text as written.
 */
import type { Case } from '../cases/case'
import type { Party } from '../cases/party'
import { ageOn } from '../cases/party'
import { checkResidentId } from '../ids/resident-id'
import { toStatInput, type StatRecord } from '../statistics'
import { districtOf } from './address'
import type { AgeBand, BundleCase, BundleParty } from './bundle-schema'
import { maskIdNumber, maskPhone } from './masks'
import { scrubText, type ScrubTerms } from './scrub'

/** HMAC-SHA256 of a message under the organisation's pseudonym key, as upper-case hex. */
export type KeyedHash = (message: string) => Promise<string>

export interface DeidentifyOptions {
  keyedHash: KeyedHash
  includeFreeText: boolean
  identified: boolean
}

const SEP = '\u001f'
const STEMS = '甲乙丙丁戊己庚辛壬癸'

export const partyLabel = (i: number): string => `当事人${STEMS[i] ?? String(i + 1)}`

export async function casePseudonym(keyedHash: KeyedHash, caseId: string): Promise<string> {
  return `C-${(await keyedHash(`case${SEP}${caseId}`)).slice(0, 16)}`
}

/** Mediators' pseudonyms per keyed hash: a room has a few dozen mediators and 100,000 cases (issue 17). */
const mediatorMemo = new WeakMap<KeyedHash, Map<string, Promise<string>>>()

export function mediatorPseudonym(keyedHash: KeyedHash, userId: string): Promise<string> {
  let memo = mediatorMemo.get(keyedHash)
  if (!memo) mediatorMemo.set(keyedHash, (memo = new Map()))
  let pseudonym = memo.get(userId)
  if (!pseudonym) {
    pseudonym = keyedHash(`mediator${SEP}${userId}`).then((h) => `M-${h.slice(0, 8)}`)
    // A failed hash is not remembered: the next case asks again.
    pseudonym.catch(() => memo.delete(userId))
    memo.set(userId, pseudonym)
  }
  return pseudonym
}

export async function screeningPseudonym(keyedHash: KeyedHash, id: string): Promise<string> {
  return `S-${(await keyedHash(`screening${SEP}${id}`)).slice(0, 16)}`
}

/**
 * What makes a party the same person across cases: the ID number (or credit code), else name and
 * phone together; a party with neither is only itself.
 */
export function partyIdentityKey(caseId: string, p: Party): string {
  if (p.type === 'organisation') return `org${SEP}${p.creditCode.toUpperCase()}`
  if (p.idNumber) return `person${SEP}${p.idType}${SEP}${p.idNumber.replace(/\s+/g, '').toUpperCase()}`
  const name = p.name.normalize('NFKC').replace(/\s+/g, '')
  const phone = p.phone.replace(/\D/g, '')
  if (phone) return `person${SEP}name-phone${SEP}${name}${SEP}${phone}`
  return `party${SEP}${caseId}${SEP}${p.id}`
}

export async function personPseudonym(keyedHash: KeyedHash, caseId: string, p: Party): Promise<string> {
  return `P-${(await keyedHash(partyIdentityKey(caseId, p))).slice(0, 12)}`
}

export function ageBandOf(age: number): AgeBand {
  if (age < 14) return 'under-14'
  if (age < 18) return '14-17'
  if (age < 35) return '18-34'
  if (age < 60) return '35-59'
  return '60-plus'
}

function birthDateOf(p: Party): string {
  if (p.type !== 'person') return ''
  if (p.birthDate) return p.birthDate
  if (p.idType !== 'resident-id' || !p.idNumber) return ''
  const id = checkResidentId(p.idNumber)
  return id.valid ? id.info.birthDate : ''
}

/** Every name, number and address of a case, for scrubbing its free text. */
export function scrubTermsOf(parties: readonly Party[]): ScrubTerms {
  const terms: ScrubTerms = { names: [], numbers: [], addresses: [] }
  const number = (value: string, mask: string) => value && terms.numbers.push({ value, mask })
  parties.forEach((p, i) => {
    const label = partyLabel(i)
    terms.names.push({ name: p.name, label, kind: p.type })
    number(p.phone, maskPhone(p.phone))
    if (p.address) terms.addresses.push(p.address)
    if (p.type === 'organisation') {
      terms.names.push({ name: p.legalRepresentative, label: `${label}的法定代表人`, kind: 'person' })
      number(p.creditCode, maskIdNumber(p.creditCode, 'credit-code'))
      return
    }
    number(p.idNumber, maskIdNumber(p.idNumber, p.idType))
    if (p.agent) {
      terms.names.push({ name: p.agent.name, label: `${label}的代理人`, kind: 'person' })
      number(p.agent.phone, maskPhone(p.agent.phone))
      number(p.agent.idNumber, maskIdNumber(p.agent.idNumber, 'resident-id'))
    }
    if (p.guardian) {
      terms.names.push({ name: p.guardian.name, label: `${label}的监护人`, kind: 'person' })
      number(p.guardian.phone, maskPhone(p.guardian.phone))
    }
  })
  return terms
}

async function bundleParty(
  c: Case,
  p: Party,
  i: number,
  registeredOn: string,
  options: DeidentifyOptions,
): Promise<BundleParty> {
  const birth = birthDateOf(p)
  const party: BundleParty = {
    pseudonym: await personPseudonym(options.keyedHash, c.id, p),
    label: partyLabel(i),
    type: p.type,
    role: p.role,
    gender: p.type === 'person' ? p.gender : null,
    ageBand: birth ? ageBandOf(ageOn(birth, registeredOn)) : null,
    district: districtOf(p.address),
    idNumber:
      p.type === 'person' ? maskIdNumber(p.idNumber, p.idType) : maskIdNumber(p.creditCode, 'credit-code'),
    phone: maskPhone(p.phone),
  }
  if (options.identified) {
    party.identity =
      p.type === 'person'
        ? { name: p.name, idType: p.idType, idNumber: p.idNumber, phone: p.phone, address: p.address }
        : {
            name: p.name,
            idType: null,
            idNumber: p.creditCode,
            phone: p.phone,
            address: p.address,
            legalRepresentative: p.legalRepresentative,
          }
  }
  return party
}

/** `records` are the case's records as statistics read them (agreements, terminations, preventions, steps). */
export async function deidentifyCase(
  c: Case,
  records: readonly StatRecord[],
  options: DeidentifyOptions,
): Promise<BundleCase> {
  const stat = toStatInput({ ...c, records })
  const [id, mediatorId, parties] = await Promise.all([
    casePseudonym(options.keyedHash, c.id),
    mediatorPseudonym(options.keyedHash, c.mediatorId),
    Promise.all(c.parties.map((p, i) => bundleParty(c, p, i, stat.registeredOn, options))),
  ])
  const out: BundleCase = {
    id,
    kind: c.kind,
    sector: c.sector,
    source: c.source,
    disputeType: c.disputeType,
    status: c.status,
    outcome: c.outcome,
    riskLevel: c.riskLevel,
    registeredOn: stat.registeredOn,
    acceptedOn: c.events.accepted ?? null,
    concludedOn: stat.concludedOn,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    agreementAmountFen: stat.agreementAmountFen,
    partyCount: parties.length,
    parties,
    stat: { ...stat, id, mediatorId },
  }
  if (options.identified) out.caseNo = c.caseNo
  if (options.includeFreeText) {
    const terms = options.identified ? null : scrubTermsOf(c.parties)
    out.facts = terms ? scrubText(c.facts, terms) : c.facts
    out.requests = terms ? scrubText(c.requests, terms) : c.requests
  }
  return out
}
