/**
 * The linking step of case registration. Each party either names the existing person the user
 * chose ("使用已有资料") or becomes a new person. The person rows are prepared (sealed, tokenised)
 * here, before the registering transaction opens, and written inside it with the case.
 */
import { detailsOfParty, type PersonDetails } from '../../../domain/cases/person'
import type { Party } from '../../../domain/cases/party'
import type { PersonRow } from '../../schema'
import { personRow, rowToPerson, type PersonContext } from './person-rows'

export interface PersonLinks {
  /** The parties as registered, each with its `personId`. */
  parties: Party[]
  /** The persons of the case, once each (what the `*personIds` index holds). */
  personIds: string[]
  /** New person rows to add in the same transaction as the case. */
  newRows: PersonRow[]
}

/** The type of an existing person, or null when the id names nothing (or nothing readable). */
async function existingType(
  ctx: Pick<PersonContext, 'db' | 'codec'>,
  id: string,
): Promise<PersonDetails['type'] | null> {
  const row = await ctx.db.persons.get(id)
  if (!row) return null
  return (await rowToPerson(ctx.codec, row).catch(() => null))?.type ?? null
}

export async function linkParties(
  ctx: Pick<PersonContext, 'db' | 'codec' | 'indexer' | 'newId'>,
  parties: Party[],
  at: string,
): Promise<PersonLinks> {
  const newRows: PersonRow[] = []
  const linked: Party[] = []
  for (const party of parties) {
    // A chosen person is linked only if it exists and is the same kind of party; otherwise (a stale
    // or forged id) the party simply becomes a new person.
    if (party.personId && (await existingType(ctx, party.personId)) === party.type) {
      linked.push(party)
      continue
    }
    const id = ctx.newId()
    newRows.push(await personRow(ctx, id, detailsOfParty(party), { createdAt: at, updatedAt: at }))
    linked.push({ ...party, personId: id })
  }
  const personIds = [...new Set(linked.map((p) => p.personId).filter((id): id is string => !!id))]
  return { parties: linked, personIds, newRows }
}
