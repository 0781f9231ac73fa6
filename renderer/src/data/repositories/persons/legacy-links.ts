/**
 * Cases stored before persons existed (schema ≤ v3), and cases imported in bulk, have parties but
 * no `personIds`. After login their parties are linked to persons a batch at a time: parties with
 * the same ID number, or the same name and phone (when no ID numbers disagree), become one person,
 * also across batches and with persons that already exist. Progress is a cursor over the primary
 * key kept in settings, so a walk that is interrupted (lock, crash) resumes; a case already linked
 * is left alone, so running it again changes nothing.
 */
import type { Party } from '../../../domain/cases/party'
import { detailsOfParty, identifierOf } from '../../../domain/cases/person'
import { normalizers } from '../../crypto/blind-index'
import type { CaseRow, PersonRow } from '../../schema'
import { caseToRow, indexFieldsOf, openCaseBody } from '../cases/case-rows'
import { findPersons, identityKeys } from './person-match'
import { personRow, type PersonContext } from './person-rows'
import { CommitConflict } from '../../audit/audit-log'

export const LEGACY_LINKING_KEY = 'persons.legacyLinking'
export const LEGACY_BATCH = 200

interface Progress {
  /** The last case id walked (ids in primary-key order). */
  after: string
  done: boolean
}

export interface LegacyBatch {
  /** Cases linked in this batch. */
  linked: number
  /** Persons created in this batch. */
  created: number
  /** Nothing is left to walk. */
  done: boolean
}

interface Known {
  personId: string
  /** Normalised ID number or credit code of that person ('' when none). */
  identifier: string
  createdAt: string
}

/** Name and phone alone do not merge two parties whose ID numbers are both known and differ. */
const conflicts = (a: string, b: string) => a !== '' && b !== '' && a !== b

export async function linkLegacyBatch(ctx: PersonContext, batchSize = LEGACY_BATCH): Promise<LegacyBatch> {
  const { db, codec, newId, now } = ctx
  const progress = (await db.settings.get(LEGACY_LINKING_KEY))?.value as Progress | undefined
  if (progress?.done) return { linked: 0, created: 0, done: true }
  const after = progress?.after ?? ''
  const rows = await db.cases.where('id').above(after).limit(batchSize).toArray()
  // v1 bodies are sealed at setup first (cases.sealLegacyRows); they are linked on a later walk.
  const todo = rows.filter((r) => !r.personIds?.length && r.body.alg !== 'none')

  const at = now().toISOString()
  const known = new Map<string, Known>()
  /** Person rows to write: new ones, and ones given an ID number they lacked. */
  const written = new Map<string, PersonRow>()
  const created = new Set<string>()

  async function personFor(p: Party): Promise<string> {
    const identifier = normalizers.id(identifierOf(p))
    const keys = identityKeys({ idNumber: identifier, name: p.name, phone: p.phone }).map(
      (k) => `${p.type}:${k}`,
    )
    let hit = keys.map((k) => known.get(k)).find((k) => k && !conflicts(k.identifier, identifier))
    if (!hit && keys.length) {
      const found = await findPersons(ctx, {
        type: p.type,
        idNumber: identifier,
        name: p.name,
        phone: p.phone,
      })
      hit = found
        .map((f) => ({ personId: f.id, identifier: normalizers.id(identifierOf(f)), createdAt: f.createdAt }))
        .find((f) => !conflicts(f.identifier, identifier))
    }
    if (!hit) {
      hit = { personId: newId(), identifier, createdAt: at }
      created.add(hit.personId)
      written.set(
        hit.personId,
        await personRow(ctx, hit.personId, detailsOfParty(p), { createdAt: at, updatedAt: at }),
      )
    } else if (hit.identifier === '' && identifier !== '') {
      // The record was made from a party without an ID number (found by name and phone): this
      // party's details, which carry one, say more — whichever of the two cases is walked first.
      hit.identifier = identifier
      const times = { createdAt: hit.createdAt, updatedAt: at }
      written.set(hit.personId, await personRow(ctx, hit.personId, detailsOfParty(p), times))
    }
    for (const k of keys) if (!known.has(k)) known.set(k, hit)
    return hit.personId
  }

  const updates: { id: string; personIds: string[]; body: CaseRow['body']; tokens: string[] }[] = []
  for (const row of todo) {
    // A body that does not open is left as it is rather than holding up every case after it.
    const body = await openCaseBody(codec, row).catch(() => null)
    if (!body) continue
    const parties: Party[] = []
    for (const p of body.parties) parties.push({ ...p, personId: p.personId ?? (await personFor(p)) })
    const personIds = [...new Set(parties.map((p) => p.personId ?? ''))].filter(Boolean)
    const linked = await caseToRow(ctx, { ...indexFieldsOf(row), ...body, parties, personIds })
    updates.push({ id: row.id, personIds, body: linked.body, tokens: linked.tokens ?? [] })
  }

  const last = rows.at(-1)?.id ?? after
  const done = rows.length < batchSize
  // Linked meanwhile (another window, a second run): those are kept as they are.
  const open = async () => {
    const current = await db.cases.bulkGet(updates.map((u) => u.id))
    return updates.filter((u, i) => current[i] && !current[i]?.personIds?.length)
  }
  const result = await ctx.audit.commit([db.cases, db.persons, db.settings], async () => {
    const eligible = await open()
    const used = new Set(eligible.flatMap((u) => u.personIds))
    const createdCount = [...created].filter((id) => used.has(id)).length
    return {
      entry: eligible.length
        ? {
            actor: ctx.access.actor,
            action: 'case.update' as const,
            target: { type: 'person', id: '' },
            details: { linkedCases: eligible.length, newPersons: createdCount },
          }
        : null,
      write: async () => {
        if ((await open()).length !== eligible.length) throw new CommitConflict()
        // Stored again whole, so in the current token layout too.
        for (const u of eligible)
          await db.cases.update(u.id, { personIds: u.personIds, body: u.body, tokens: u.tokens })
        await db.persons.bulkPut([...written.values()].filter((r) => used.has(r.id)))
        await db.settings.put({ key: LEGACY_LINKING_KEY, value: { after: last, done } satisfies Progress })
        return { linked: eligible.length, createdCount }
      },
    }
  })
  const linked = result.linked
  const createdCount = result.createdCount
  return { linked, created: createdCount, done }
}
