/**
 * Which workflow step a record completes, so its form can offer "save and take the step" in one
 * action: the step this kind of record is the last missing one for (告知权利义务 after its notice),
 * or — for a 调解记录 — 开始调解, since a session recorded means mediation has begun. Never a step
 * that needs a reason or has another condition open: those keep their own dialog.
 */
import type { RecordKind } from '../../../domain/cases/records'
import type { AvailableTransition } from '../../../domain/workflow/workflows'

const STARTED_BY: Partial<Record<RecordKind, string>> = { session: 'mediate' }

export function stepCompletedBy(
  kind: RecordKind,
  transitions: readonly AvailableTransition[],
): AvailableTransition | null {
  const plain = transitions.filter((tr) => !tr.reason && tr.unmet.length === 0)
  return (
    plain.find((tr) => tr.missing.length === 1 && tr.missing[0] === kind) ??
    plain.find((tr) => tr.action === STARTED_BY[kind] && tr.missing.length === 0) ??
    null
  )
}

/** A 调解记录 that reached agreement leads straight to the agreement's form (unless one is kept). */
export function formAfter(kind: RecordKind, data: unknown, hasAgreement: boolean): 'agreement' | null {
  const outcome = (data as { outcome?: unknown } | null)?.outcome
  return kind === 'session' && outcome === 'agreed' && !hasAgreement ? 'agreement' : null
}
