/**
 * A 调解协议书 as a versioned document: the snapshot it was drawn up from (so later edits to the
 * case never change what was signed), the signature slots Art. 29 of the People's Mediation Law
 * asks for, the signatures and the committee's seal, and the version chain of corrections.
 */
import type { Case } from '../cases/case'
import type { Party } from '../cases/party'
import type { CaseRecord } from '../cases/records'

export const AGREEMENT_STATUSES = ['draft', 'signed', 'effective', 'superseded'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

/** Who puts their hand to a slot: the party, or someone entitled to act for them. */
export const SIGNER_ROLES = [
  'party',
  'agent',
  'guardian',
  'legal-representative',
  'mediator',
  'recorder',
] as const
export type SignerRole = (typeof SIGNER_ROLES)[number]

/**
 * 签名 is drawn on the screen and kept as an image; 盖章 and 按指印 are made on the paper copy (the
 * printed boxes), and the one who records them attests it.
 */
export const SIGNATURE_METHODS = ['signature', 'seal', 'fingerprint'] as const
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number]

export type SlotKind = 'party' | 'mediator' | 'recorder'

export interface SignatureSlot {
  /** 'party:<partyId>', 'mediator' (the lead; 协同调解员 'mediator:2'…) or 'recorder'. */
  id: string
  kind: SlotKind
  partyId: string | null
  /** Whom the slot is for: a party's name, the mediator's name; '' for the recorder. */
  name: string
  required: boolean
  /** Who may sign it; empty means whoever is named when signing (the recorder). */
  signers: { role: SignerRole; name: string }[]
  methods: SignatureMethod[]
}

export interface SignatureEntry {
  slotId: string
  signerRole: SignerRole
  signerName: string
  method: SignatureMethod
  signedAt: string
  /** The user who captured or attested it. */
  recordedById: string
}

export interface SealUse {
  appliedAt: string
  appliedById: string
  appliedByName: string
}

export interface AgreementSnapshot {
  /** The case as it stood when this version was drawn up (parties, number, dates…). */
  case: Case
  /** The agreement record (调解协议) this version was drawn up from. */
  record: CaseRecord<'agreement'>
  /** The lead mediator (who signs on the screen). */
  mediator: { id: string; name: string }
  /** 协同调解员 as they were when it was drawn up; absent in versions drawn up before them. */
  coMediators?: { id: string; name: string }[]
  organisation: { name: string; region: string }
  /** The issuing body it was drawn up under (its name is `organisation.name`); absent in older versions. */
  issuerId?: string
}

export interface Agreement {
  id: string
  caseId: string
  caseNo: string
  version: number
  status: AgreementStatus
  createdAt: string
  updatedAt: string
  createdById: string
  snapshot: AgreementSnapshot
  slots: SignatureSlot[]
  signatures: SignatureEntry[]
  seal: SealUse | null
  /**
   * Handed over for the seal (待盖章): the mediator, who may not seal, passed the signed version to
   * those who may; null when nobody did.
   */
  handedOver: { at: string; byId: string; byName: string } | null
  /** When it took effect (ISO), null before. */
  effectiveAt: string | null
  /** Hex SHA-256 of the signed PDF, '' before it took effect. */
  sha256: string
  supersedes: { id: string; version: number; reason: string } | null
  supersededBy: { id: string; version: number; at: string } | null
}

const PARTY_METHODS: SignatureMethod[] = ['signature', 'seal', 'fingerprint']

/** The slot id of the n-th mediator (0: the lead, `mediator`; then `mediator:2`, `mediator:3`…). */
export const mediatorSlotId = (n: number): string => (n === 0 ? 'mediator' : `mediator:${n + 1}`)

/**
 * The slots of an agreement. Each party signs, seals or presses a fingerprint — in person, through
 * a 委托代理人 (agent) or, for a minor or someone lacking capacity, through the 监护人 (guardian),
 * whose own signature then stands for the party's; an organisation through its legal
 * representative or its seal. Every mediator signs (人民调解法 Art. 29: 人民调解员签名): the lead in
 * `mediator`, each 协同调解员 in `mediator:2`, `mediator:3`… — the ids the printed document gives
 * their places. The recorder (记录人) may sign too, but Art. 29 does not require it.
 */
export function signatureSlots(
  parties: Party[],
  mediatorName: string,
  coMediatorNames: readonly string[] = [],
): SignatureSlot[] {
  const partySlots = parties.map((p): SignatureSlot => {
    let signers: SignatureSlot['signers']
    if (p.type === 'organisation') {
      signers = [{ role: 'legal-representative', name: p.legalRepresentative }]
    } else if (p.guardian) {
      signers = [{ role: 'guardian', name: p.guardian.name }]
    } else {
      signers = [{ role: 'party', name: p.name }]
    }
    if (p.type === 'person' && p.agent) signers.push({ role: 'agent', name: p.agent.name })
    return {
      id: `party:${p.id}`,
      kind: 'party',
      partyId: p.id,
      name: p.name,
      required: true,
      signers,
      methods: PARTY_METHODS,
    }
  })
  return [
    ...partySlots,
    {
      id: 'mediator',
      kind: 'mediator',
      partyId: null,
      name: mediatorName,
      required: true,
      signers: [{ role: 'mediator', name: mediatorName }],
      methods: ['signature'],
    },
    ...coMediatorNames.map((name, i): SignatureSlot => ({
      id: mediatorSlotId(i + 1),
      kind: 'mediator',
      partyId: null,
      name,
      required: true,
      signers: [{ role: 'mediator', name }],
      methods: ['signature'],
    })),
    {
      id: 'recorder',
      kind: 'recorder',
      partyId: null,
      name: '',
      required: false,
      signers: [],
      methods: ['signature'],
    },
  ]
}

/** The /Reason written into the PDF signature: the document's own language, like the document. */
export const signatureReason = (caseNo: string, version: number): string =>
  `调解协议书 ${caseNo} 第${version}版`

/** The name an issued agreement PDF is saved under. */
export const agreementFileName = (caseNo: string, version: number): string =>
  `调解协议书${caseNo}第${version}版.pdf`
