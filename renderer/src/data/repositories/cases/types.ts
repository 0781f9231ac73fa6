/**
 * The case repository as features see it. Inputs are what the forms send (the zod schemas' input
 * types); each is parsed again inside, since a screen or a test may send anything at runtime.
 */
import type { AttachmentCategory, AttachmentSummary } from '../../../domain/cases/attachment'
import type { Case, CaseRegistrationInput, CaseSummary } from '../../../domain/cases/case'
import type { CaseDraft } from '../../../domain/cases/draft'
import type { CaseRecord, RecordInput, RecordKind } from '../../../domain/cases/records'
import type { Deadline } from '../../../domain/deadlines/compute'
import type { Action, AvailableTransition } from '../../../domain/workflow/workflows'
import type { RelayoutBatch } from '../search-index/relayout'
import type { CaseListQuery } from './case-query'

export type { CaseListQuery, CaseSortField } from './case-query'
export type { RelayoutBatch } from '../search-index/relayout'

export interface CasePage {
  items: CaseSummary[]
  /** Exact when `exact`; otherwise there are more than this many (see COUNT_CAP). */
  total: number
  exact: boolean
}

/** A case on the deadline lists, with its deadlines that are overdue or due soon (the room's duties). */
export type DeadlineRow = CaseSummary & { dueDate: string; deadlines: Deadline[] }

/** One batch of the walk that derives older rows' plain facts from their records. */
export interface FactsBatch {
  refreshed: number
  done: boolean
}

export interface CaseRepository {
  /** Registers a case: numbered in the transaction that stores it, parties linked to persons. */
  register(input: CaseRegistrationInput): Promise<Case>
  /** Opening a case is a view of personal data, and is audited. */
  get(id: string): Promise<Case | undefined>
  /** One page of the case list, read from one index range. */
  list(q: CaseListQuery): Promise<CasePage>
  /** By case number (or sequence), party name or fragment, ID number, phone or words of the facts. */
  search(query: string): Promise<CaseSummary[]>
  /** Cases past their nearest running deadline, and those due within three days. */
  listDeadlines(today: string): Promise<{ overdue: DeadlineRow[]; dueSoon: DeadlineRow[] }>
  /**
   * How many are overdue and due soon: exact up to `cap`; a larger count comes back as `cap + 1`
   * ("more than cap", see domain/deadlines/count-cap.ts).
   */
  deadlineCounts(today: string): Promise<{ overdue: number; dueSoon: number; cap: number }>
  /** After the administrator changes rules or the calendar: every stored due date again. */
  recomputeDueDates(): Promise<number>
  records(caseId: string): Promise<CaseRecord[]>
  /** A record of one kind, checked with that kind's schema (transitions only through `transition`). */
  addRecord<K extends RecordKind>(caseId: string, kind: K, input: RecordInput<K>): Promise<CaseRecord<K>>
  /** The workflow steps open to the case now, and whether their records are there. */
  transitions(caseId: string): Promise<AvailableTransition[]>
  transition(caseId: string, action: Action, reason?: string): Promise<void>
  /** Many whole cases at once (demo data, benchmarks), with one audit entry for the batch. */
  importDrafts(drafts: CaseDraft[]): Promise<number>
  addAttachment(
    caseId: string,
    file: { name: string; data: Uint8Array; category?: AttachmentCategory },
  ): Promise<AttachmentSummary>
  attachments(caseId: string): Promise<AttachmentSummary[]>
  /** The file itself, for saving or viewing: a view of evidence, audited. */
  openAttachment(id: string): Promise<AttachmentSummary & { data: Uint8Array }>
  /** Re-seals bodies written before encryption existed (schema v1), adding their tokens. */
  sealLegacyRows(): Promise<number>
  /**
   * One batch of laying out again the tokens of cases and persons stored in an older layout (see
   * search-index/relayout.ts); run after login until `done`, safe to run again.
   */
  relayoutTokens(batchSize?: number): Promise<RelayoutBatch>
  /**
   * Derives the plain facts (terms, 司法确认 state, the court's deadline…) of rows stored before
   * they existed from their records, a batch at a time with a cursor in settings (after login).
   */
  refreshFactsBatch(batchSize?: number): Promise<FactsBatch>
}
