/** Between stored person rows and domain persons: the sealed details and their blind-index tokens. */
import { personDetailsSchema, type Person, type PersonDetails } from '../../../domain/cases/person'
import type { Permission, Role } from '../../../domain/auth/roles'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { BlindIndexer } from '../../crypto/blind-index'
import { layOutTokens } from '../../crypto/token-layout'
import type { MediationDb, PersonRow } from '../../schema'
import { partyTokens } from '../cases/case-tokens'

export const PERSONS = 'persons'

/** What the pieces of the person repository share (the same keys and session as the cases). */
export interface PersonContext {
  db: MediationDb
  codec: RecordCodec
  indexer: BlindIndexer
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  now: () => Date
  newId: () => string
  need: (p: Permission) => void
}

export async function rowToPerson(codec: RecordCodec, row: PersonRow): Promise<Person> {
  const details = personDetailsSchema.parse(await codec.open(PERSONS, row.id, row.body))
  return { ...details, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt }
}

/** A person row's tokens as stored: those of a case's party, laid out as a padded set of their own. */
export async function personTokens(
  indexer: BlindIndexer,
  id: string,
  details: PersonDetails,
): Promise<string[]> {
  return layOutTokens(indexer, PERSONS, id, await partyTokens(indexer, details))
}

/** A person row: the details sealed under (persons, id), tokenised exactly as a case's parties are. */
export async function personRow(
  ctx: Pick<PersonContext, 'codec' | 'indexer'>,
  id: string,
  details: PersonDetails,
  times: { createdAt: string; updatedAt: string },
): Promise<PersonRow> {
  return {
    id,
    ...times,
    tokens: await personTokens(ctx.indexer, id, details),
    body: await ctx.codec.seal(PERSONS, id, details),
  }
}
