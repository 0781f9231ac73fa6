/** A running export's progress as a percentage and a sentence. */
import type { TFunction } from 'i18next'
import type { ExportProgress } from '../../../output/bundles/build-export'

/** Share of the bar per phase: de-identifying the cases is most of the work. */
const SPAN: Record<ExportProgress['phase'], [number, number]> = {
  prepare: [0, 5],
  statistics: [5, 15],
  cases: [15, 95],
  sign: [95, 100],
  done: [100, 100],
}

export function progressPercent(p: ExportProgress): number {
  const [from, to] = SPAN[p.phase]
  return from + (to - from) * (p.total ? Math.min(1, p.done / p.total) : 1)
}

export function progressLabel(p: ExportProgress, t: TFunction): string {
  return t(`export.phase.${p.phase}`, { done: p.done, total: p.total })
}
