/**
 * The life of an agreement: draft → signed → effective → superseded. Pure rules, checked by the
 * repository before anything is stored and offered to the screens to explain themselves.
 *
 * - draft: signatures are collected, and may be cleared and taken again.
 * - signed: every signature Art. 29 requires is there; the version is locked — nothing is removed
 *   or replaced (an optional slot such as the recorder's may still be filled).
 * - effective: the committee's seal is on it too, and the PDF is sealed cryptographically. The
 *   effective date starts the 30-day 司法确认 window.
 * - superseded: a correction (a new version, with a reason) took effect; both stay readable.
 */
import type { Agreement, AgreementStatus, SignatureEntry, SignatureMethod, SignerRole } from './agreement'
import { SIGNING_MSG } from './signing-messages'

export type AgreementState = Pick<Agreement, 'status' | 'slots' | 'signatures' | 'seal'>

export type MissingItem =
  { kind: 'signature'; slotId: string; slotKind: 'party' | 'mediator'; name: string } | { kind: 'seal' }

/** What stops an agreement from taking effect, in slot order, the seal last. Empty when nothing does. */
export function missingForEffect(a: Pick<AgreementState, 'slots' | 'signatures' | 'seal'>): MissingItem[] {
  const signed = new Set(a.signatures.map((s) => s.slotId))
  const missing: MissingItem[] = []
  for (const slot of a.slots) {
    if (!slot.required || signed.has(slot.id) || slot.kind === 'recorder') continue
    missing.push({ kind: 'signature', slotId: slot.id, slotKind: slot.kind, name: slot.name })
  }
  if (!a.seal) missing.push({ kind: 'seal' })
  return missing
}

/** An i18n key and its values for one missing item ("agreements.missing.*"). */
export function missingMessage(item: MissingItem): { key: string; values: Record<string, string> } {
  if (item.kind === 'seal') return { key: 'agreements.missing.seal', values: {} }
  return { key: `agreements.missing.${item.slotKind}`, values: { name: item.name } }
}

/** Thrown when an agreement may not take effect yet; carries exactly what is missing. */
export class AgreementNotReadyError extends Error {
  constructor(readonly missing: MissingItem[]) {
    super(`agreement not ready: ${missing.map((m) => (m.kind === 'seal' ? 'seal' : m.slotId)).join(', ')}`)
    this.name = 'AgreementNotReadyError'
  }
}

const signaturesComplete = (a: AgreementState) => missingForEffect(a).every((m) => m.kind === 'seal')

/** The status after a signature was added: a draft whose required signatures are all there is signed. */
export function statusAfterSigning(a: AgreementState): AgreementStatus {
  return a.status === 'draft' && signaturesComplete(a) ? 'signed' : a.status
}

export interface SignatureInput {
  slotId: string
  signerRole: SignerRole
  /** Only read for slots that name no signer (the recorder). */
  signerName?: string
  method: SignatureMethod
}

/** Whether a signature may be added; the i18n key of the reason when not. */
export function checkAddSignature(a: AgreementState, input: SignatureInput): string | null {
  if (a.status !== 'draft' && a.status !== 'signed') return SIGNING_MSG.locked
  const slot = a.slots.find((s) => s.id === input.slotId)
  if (!slot) return SIGNING_MSG.slotUnknown
  if (a.signatures.some((s) => s.slotId === slot.id))
    return a.status === 'signed' ? SIGNING_MSG.locked : SIGNING_MSG.slotTaken
  if (!slot.methods.includes(input.method)) return SIGNING_MSG.methodNotAllowed
  if (slot.signers.length > 0 && !slot.signers.some((s) => s.role === input.signerRole))
    return SIGNING_MSG.signerNotAllowed
  if (slot.signers.length === 0 && !input.signerName?.trim()) return SIGNING_MSG.signerNotAllowed
  return null
}

/** The name that goes under a signature: the slot's own signer, or the name given for the recorder. */
export function signerNameFor(a: AgreementState, input: SignatureInput): string {
  const slot = a.slots.find((s) => s.id === input.slotId)
  return slot?.signers.find((s) => s.role === input.signerRole)?.name ?? input.signerName?.trim() ?? ''
}

/** Signatures are cleared only on a draft: once signed, the version is locked. */
export function checkRemoveSignature(a: AgreementState, slotId: string): string | null {
  if (a.status !== 'draft') return SIGNING_MSG.locked
  return a.signatures.some((s) => s.slotId === slotId) ? null : SIGNING_MSG.slotUnknown
}

export function checkApplySeal(a: AgreementState): string | null {
  if (a.status !== 'draft' && a.status !== 'signed') return SIGNING_MSG.locked
  return a.seal ? SIGNING_MSG.alreadySealed : null
}

/**
 * A hand-over for the seal (待盖章) is for a version whose required signatures are all in and whose
 * seal is not: the seal is then the only thing missing.
 */
export function checkHandOver(a: AgreementState): string | null {
  if (a.status === 'draft') return SIGNING_MSG.handOverNotSigned
  if (a.status !== 'signed') return SIGNING_MSG.locked
  return a.seal ? SIGNING_MSG.alreadySealed : null
}

/** Null when it may take effect now; the missing items, or a locked state, otherwise. */
export function checkMakeEffective(a: AgreementState): MissingItem[] | string | null {
  if (a.status !== 'draft' && a.status !== 'signed') return SIGNING_MSG.locked
  const missing = missingForEffect(a)
  return missing.length ? missing : null
}

/** Only an agreement in effect is corrected, and only one correction is under way at a time. */
export function checkSupersede(a: Pick<Agreement, 'status'>, openSuccessor: boolean): string | null {
  if (a.status !== 'effective') return SIGNING_MSG.notSupersedable
  return openSuccessor ? SIGNING_MSG.openVersionExists : null
}

export const isLocked = (status: AgreementStatus): boolean =>
  status === 'effective' || status === 'superseded'

export type { SignatureEntry }
