/**
 * Rows stored before the plain facts existed (and after a change of the derivation, FACTS_VERSION)
 * get them from their records after login, a batch at a time: records are sealed, so this needs
 * the keys and cannot run inside a Dexie upgrade. A cursor over the primary key is kept in
 * settings, so an interrupted walk (lock, crash) resumes; a row already at FACTS_VERSION is left
 * alone, so running it again changes nothing.
 *
 * Such a row's `agreement-effective` came from the date typed into the agreement record; the
 * 司法确认 window starts only when a written agreement takes effect through the signing flow, so
 * the walk keeps that event only where an effective agreement document says when it happened.
 */
import { FACTS_VERSION, factsFromRecords, openRecordsOf, signedEffectiveDay } from './case-facts'
import type { CaseRow } from '../../schema'
import { openCaseBody } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

export const FACTS_REFRESH_KEY = 'cases.factsRefresh'
export const FACTS_BATCH = 200

interface Progress {
  version: number
  /** The last case id walked (ids in primary-key order). */
  after: string
  done: boolean
}

export function createCaseRefresh(ctx: CaseContext): Pick<CaseRepository, 'refreshFactsBatch'> {
  const { db, codec } = ctx
  return {
    async refreshFactsBatch(batchSize = FACTS_BATCH) {
      ctx.need('case:read')
      const stored = (await db.settings.get(FACTS_REFRESH_KEY))?.value as Progress | undefined
      const progress =
        stored?.version === FACTS_VERSION ? stored : { version: FACTS_VERSION, after: '', done: false }
      if (progress.done) return { refreshed: 0, done: true }
      const rows = await db.cases.where('id').above(progress.after).limit(batchSize).toArray()
      // v1 bodies are sealed at setup first; their records came later, so they are walked as they are.
      // A row written at this version before the walk reached it may still lack its party count.
      const stale = (r: CaseRow) => (r.factsVersion ?? 0) < FACTS_VERSION || r.partyCount === undefined
      const todo = rows.filter(stale)
      const updates: { id: string; changes: Partial<CaseRow> }[] = []
      for (const row of todo) {
        // A record that does not open is left out rather than holding up every case after it.
        const records = await openRecordsOf(db, codec, row.id).catch(() => null)
        if (!records) continue
        const { 'agreement-effective': _typed, ...events } = row.events
        const signed = row.factsVersion
          ? row.events['agreement-effective']
          : await signedEffectiveDay(db, row.id)
        const facts = factsFromRecords(
          signed ? { ...events, 'agreement-effective': signed } : events,
          records,
        )
        // The party count (for statistics) from the body, for rows written before it was kept.
        const partyCount =
          row.partyCount ??
          (await openCaseBody(codec, row).then(
            (b) => b.parties.length,
            () => undefined,
          ))
        // Not a change anyone made: `updatedAt` stays, so exports and lists see the case as it was.
        updates.push({
          id: row.id,
          changes: {
            ...facts,
            ...(partyCount === undefined ? {} : { partyCount }),
            dueDate: await ctx.dueDateOf({ ...row, ...facts }),
          },
        })
      }
      const last = rows.at(-1)?.id ?? progress.after
      const done = rows.length < batchSize
      let refreshed = 0
      await db.transaction('rw', db.cases, db.settings, async () => {
        for (const u of updates) {
          // Written meanwhile (another window, a step): its facts are current already.
          const current = await db.cases.get(u.id)
          if (!current || !stale(current)) continue
          await db.cases.update(u.id, u.changes)
          refreshed++
        }
        await db.settings.put({
          key: FACTS_REFRESH_KEY,
          value: { version: FACTS_VERSION, after: last, done },
        })
      })
      return { refreshed, done }
    },
  }
}
