/**
 * Rows stored before token layout 2 keep their tokens in the order they were made (whole name,
 * each character, each pair, ID number, phone, …) and carry single characters. Tokens are made
 * with the index key, which a Dexie upgrade never has, so they are laid out again after login: a
 * batch at a time, cases first and then persons, with a cursor over the primary key kept in
 * settings, so a walk cut short (lock, crash) resumes where it was. A row is computed afresh from
 * its sealed body; one that already has exactly those tokens is left alone (pads are derived from
 * the key and the row, so a row in the new layout computes to the tokens it has), so running it
 * again writes nothing. Each batch that changed rows is audited with its counts.
 *
 * Search keeps working meanwhile: whole names, pairs, ID numbers, phones and words are the same
 * tokens in both layouts; the old rows merely carry single characters no search asks for any more.
 */
import type { EntityTable } from 'dexie'
import { personDetailsSchema } from '../../../domain/cases/person'
import type { RecordCodec, SealedBody } from '../../codec/codec'
import type { BlindIndexer } from '../../crypto/blind-index'
import { TOKEN_LAYOUT, type TokenTable } from '../../crypto/token-layout'
import type { CaseRow, MediationDb, PersonRow } from '../../schema'
import { CommitConflict, type Actor, type AuditLog } from '../../audit/audit-log'
import { openCaseBody } from '../cases/case-rows'
import { caseTokens } from '../cases/case-tokens'
import { PERSONS, personTokens } from '../persons/person-rows'

export const TOKEN_LAYOUT_KEY = 'index.tokenLayout'
export const RELAYOUT_BATCH = 200

interface Progress {
  /** The layout this walk brings rows to; a cursor of another layout starts over. */
  layout: number
  table: TokenTable
  /** The last id walked in `table` (ids in primary-key order). */
  after: string
  done: boolean
}

export interface RelayoutBatch {
  /** Rows given new tokens in this batch. */
  cases: number
  persons: number
  /** Every case and person is in the current layout. */
  done: boolean
}

export interface RelayoutContext {
  db: MediationDb
  codec: RecordCodec
  indexer: BlindIndexer
  audit: AuditLog
  access: { actor: Actor }
}

const sameTokens = (a: readonly string[] | undefined, b: readonly string[]) =>
  a?.length === b.length && a.every((t, i) => t === b[i])

/**
 * Whether a row still holds the sealed body its tokens were computed from. Every seal draws a fresh
 * IV, so a row sealed again meanwhile (an edit, linking to persons) has another one — and that
 * write laid out its tokens itself.
 */
const sameSeal = (a: SealedBody, b: SealedBody) =>
  a.alg === 'A256GCM' &&
  b.alg === 'A256GCM' &&
  a.iv.length === b.iv.length &&
  a.iv.every((x, i) => x === b.iv[i])

/** A case's tokens as they should be now, or null when they are that already (or it does not open). */
async function caseTokensNow(ctx: RelayoutContext, row: CaseRow): Promise<string[] | null> {
  const body = await openCaseBody(ctx.codec, row).catch(() => null)
  if (!body) return null
  const tokens = await caseTokens(ctx.indexer, row.id, body.parties, body.facts)
  return sameTokens(row.tokens, tokens) ? null : tokens
}

async function personTokensNow(ctx: RelayoutContext, row: PersonRow): Promise<string[] | null> {
  const opened = await ctx.codec.open(PERSONS, row.id, row.body).catch(() => null)
  const details = personDetailsSchema.safeParse(opened)
  if (!details.success) return null
  const tokens = await personTokens(ctx.indexer, row.id, details.data)
  return sameTokens(row.tokens, tokens) ? null : tokens
}

type TokenRow = { id: string; body: SealedBody; tokens?: string[] }

/** One table as the walk sees it. */
interface TokenTablePort<R extends TokenRow> {
  table: EntityTable<R, 'id'>
  tokensNow: (row: R) => Promise<string[] | null>
}

/**
 * One batch of one table: the rows after `after`, given new tokens together with the cursor and the
 * audit entry that counts them, in one transaction. A row stored again meanwhile (its seal changed)
 * prepares the batch again, so the entry counts exactly the rows it changed.
 */
async function walkTable<R extends TokenRow>(
  ctx: RelayoutContext,
  { table, tokensNow }: TokenTablePort<R>,
  after: string,
  batchSize: number,
  next: (rows: R[]) => Progress,
  entityType: 'case' | 'person',
): Promise<{ changed: number; progress: Progress }> {
  const { db } = ctx
  return ctx.audit.commit([table, db.settings], async () => {
    const rows = await table.where('id').above(after).limit(batchSize).toArray()
    const updates: { row: R; tokens: string[] }[] = []
    for (const row of rows) {
      // v1 bodies are sealed (and tokenised) at setup first: cases.sealLegacyRows.
      if (row.body.alg !== 'A256GCM') continue
      const tokens = await tokensNow(row)
      if (tokens) updates.push({ row, tokens })
    }
    const progress = next(rows)
    return {
      entry: updates.length
        ? {
            actor: ctx.access.actor,
            action: 'case.update',
            target: { type: entityType, id: '' },
            details: { retokenised: updates.length, tokenLayout: TOKEN_LAYOUT },
          }
        : null,
      write: async () => {
        for (const { row, tokens } of updates) {
          let written = false
          await table
            .where('id')
            .equals(row.id)
            .modify((current) => {
              if (!sameSeal(current.body, row.body)) return false
              current.tokens = tokens
              written = true
            })
          // Stored again (or deleted) meanwhile: that write has its own tokens; count again.
          if (!written) throw new CommitConflict()
        }
        await db.settings.put({ key: TOKEN_LAYOUT_KEY, value: progress })
        return { changed: updates.length, progress }
      },
    }
  })
}

export async function relayoutTokensBatch(
  ctx: RelayoutContext,
  batchSize = RELAYOUT_BATCH,
): Promise<RelayoutBatch> {
  const { db } = ctx
  const stored = (await db.settings.get(TOKEN_LAYOUT_KEY))?.value as Progress | undefined
  const progress: Progress =
    stored?.layout === TOKEN_LAYOUT
      ? stored
      : { layout: TOKEN_LAYOUT, table: 'cases', after: '', done: false }
  if (progress.done) return { cases: 0, persons: 0, done: true }

  const cases: TokenTablePort<CaseRow> = { table: db.cases, tokensNow: (r) => caseTokensNow(ctx, r) }
  const persons: TokenTablePort<PersonRow> = { table: db.persons, tokensNow: (r) => personTokensNow(ctx, r) }
  const onward = (rows: TokenRow[], end: Progress): Progress =>
    rows.length === batchSize ? { ...progress, after: rows.at(-1)?.id ?? progress.after } : end
  const { changed, progress: next } =
    progress.table === 'cases'
      ? await walkTable(
          ctx,
          cases,
          progress.after,
          batchSize,
          (rows) => onward(rows, { ...progress, table: 'persons', after: '' }),
          'case',
        )
      : await walkTable(
          ctx,
          persons,
          progress.after,
          batchSize,
          (rows) => onward(rows, { ...progress, after: rows.at(-1)?.id ?? progress.after, done: true }),
          'person',
        )
  const counts =
    progress.table === 'persons' ? { cases: 0, persons: changed } : { cases: changed, persons: 0 }
  return { ...counts, done: next.done }
}
