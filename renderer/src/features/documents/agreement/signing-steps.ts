/**
 * The signing screen as a guided sequence: the text, each required signature in slot order, the
 * optional recorder, the seal, 确认生效. What is done comes from the stored agreement (and, for the
 * text, from the parties having been shown it in this sitting); the next step is the first required
 * one not done.
 */
import type { Agreement, SignatureSlot } from '../../../domain/documents/agreement'

export type SigningStep =
  { key: 'text' } | { key: string; slot: SignatureSlot } | { key: 'seal' } | { key: 'effective' }

export const isSlotStep = (s: SigningStep): s is { key: string; slot: SignatureSlot } => 'slot' in s

export function signingSteps(a: Pick<Agreement, 'slots'>): SigningStep[] {
  const required = a.slots.filter((s) => s.required)
  const optional = a.slots.filter((s) => !s.required)
  return [
    { key: 'text' },
    ...required.map((slot) => ({ key: slot.id, slot })),
    ...optional.map((slot) => ({ key: slot.id, slot })),
    { key: 'seal' },
    { key: 'effective' },
  ]
}

export function isStepDone(
  step: SigningStep,
  a: Pick<Agreement, 'status' | 'signatures' | 'seal'>,
  textRead: boolean,
): boolean {
  if (isSlotStep(step)) return a.signatures.some((s) => s.slotId === step.slot.id)
  if (step.key === 'text') return textRead || a.signatures.length > 0 || a.status !== 'draft'
  if (step.key === 'seal') return a.seal !== null
  return a.status === 'effective' || a.status === 'superseded'
}

export const isOptional = (step: SigningStep): boolean => isSlotStep(step) && !step.slot.required

/** The index of the first required step not done (the last step when everything is). */
export function nextStepIndex(
  steps: SigningStep[],
  a: Pick<Agreement, 'status' | 'signatures' | 'seal'>,
  textRead: boolean,
): number {
  const i = steps.findIndex((s) => !isOptional(s) && !isStepDone(s, a, textRead))
  return i === -1 ? steps.length - 1 : i
}
