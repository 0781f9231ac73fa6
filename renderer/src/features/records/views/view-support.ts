/**
 * What a record's view is: a function from the typed record to labelled items (or, for a status
 * change, one sentence), with the helpers the views share.
 */
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import type { Case } from '../../../domain/cases/case'
import type { CaseRecord, RecordKind } from '../../../domain/cases/records'
import { amountWords, partyName } from '../form-support'

export interface DirectoryEntry {
  id: string
  displayName: string
}

/** One labelled value of a record. */
export interface ViewItem {
  label: string
  value: ReactNode
  /** Long text: full width, line breaks kept. */
  long?: boolean
}

/** How a record reads: labelled items, or one sentence (a status change). */
export type RecordDisplay = ViewItem[] | string

export interface ViewContext {
  t: TFunction
  /** The label of one of this kind's fields (`records.<kind>.<field>`). */
  label: (field: string) => string
  caseData: Pick<Case, 'parties'>
  /** For users' names (who changed a status, the new mediator); ids are shown without it. */
  directory?: readonly DirectoryEntry[]
  /** The case's records, so a performance can name the agreement term it performs. */
  records?: readonly CaseRecord[]
}

export type RecordViewFn<K extends RecordKind> = (record: CaseRecord<K>, ctx: ViewContext) => RecordDisplay

/** A datetime-local value as read: `2026-03-02 09:30`. */
export const localTime = (v: string) => v.replace('T', ' ')

/** An amount in figures and Chinese capitals. */
export const money = (t: TFunction, fen: number) => t('records.money', amountWords(fen))

/** Parties by name (their id when the party is gone), joined with 、. */
export const partyNames = (caseData: Pick<Case, 'parties'>, ids: readonly string[]) =>
  ids.map((id) => partyName(caseData, id) || id).join('、')

export function userName(
  directory: readonly DirectoryEntry[] | undefined,
  id: string,
  fallback = '',
): string {
  return directory?.find((u) => u.id === id)?.displayName || fallback || id
}
