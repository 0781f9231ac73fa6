/**
 * Persons: one record per person (or organisation) reused across cases. Reading needs case:read,
 * editing case:update; every view and change is audited, details are sealed under the workspace
 * key and found through blind-index tokens only. Cases keep each party as registered, plus its
 * `personId`; the `*personIds` index answers "which cases is this person in". Registration links
 * parties through ./persons/person-links, and older cases are linked after login by
 * ./persons/legacy-links.
 */
import { requirePermission, type Permission } from '../../../domain/auth/roles'
import type { CaseSummary } from '../../../domain/cases/case'
import {
  personDetailsSchema,
  type Person,
  type PersonDetails,
  type PersonDetailsInput,
} from '../../../domain/cases/person'
import { MSG } from '../../../domain/shared/messages'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import { rowsToSummaries } from '../cases/case-rows'
import { linkLegacyBatch, type LegacyBatch } from './legacy-links'
import { findPersons, type IdentityProbe } from './person-match'
import { personRow, rowToPerson, type PersonContext } from './person-rows'
import { newRowId } from '../../row-ids'

export type { IdentityProbe } from './person-match'
export type { LegacyBatch } from './legacy-links'

/** A likely earlier record of someone being registered, with the case numbers it appears in. */
export interface PersonMatch {
  person: Person
  caseNos: string[]
}

const MATCH_CASE_NOS = 3

/** Persons (and organisations) reused across cases: case:read to read, case:update to edit. */
export interface PersonRepository {
  /** Opening a person is a view of personal data, and is audited. */
  get(id: string): Promise<Person | undefined>
  /** Likely existing records of someone being registered: the same ID number, or name and phone. */
  match(probe: IdentityProbe): Promise<PersonMatch[]>
  /** The cases a person is in (summaries, newest first). */
  casesOf(personId: string): Promise<CaseSummary[]>
  /** Corrects or updates a person's details; the kind (person or organisation) cannot change. */
  update(id: string, details: PersonDetailsInput): Promise<Person>
  /** One batch of linking cases stored without persons; run after login until `done`. */
  linkLegacyCases(batchSize?: number): Promise<LegacyBatch>
}

export type PersonRepositoryDeps = Pick<PersonContext, 'db' | 'codec' | 'indexer' | 'audit' | 'access'> &
  Partial<Pick<PersonContext, 'now' | 'newId'>>

export function createPersonRepository(deps: PersonRepositoryDeps): PersonRepository {
  const { db, codec, audit, access } = deps
  const ctx: PersonContext = {
    ...deps,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? newRowId,
    need: (p: Permission) => requirePermission(access.roles, p),
  }
  const { need } = ctx

  /** Rows of the cases a person is in, newest first: one range of the multi-entry index. */
  const caseRowsOf = async (personId: string) =>
    (await db.cases.where('personIds').equals(personId).toArray()).sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : -1,
    )

  return {
    /** Opening a person is a view of personal data, and is audited. */
    async get(id) {
      need('case:read')
      const row = await db.persons.get(id)
      if (!row) return undefined
      const person = await rowToPerson(codec, row)
      await audit.append(access.actor, 'person.view', { type: 'person', id })
      return person
    },

    /**
     * Likely existing records of someone being registered: the same ID number (or credit code), or
     * the same name and phone. Offered in the registration form, so a person is entered once.
     */
    async match(probe) {
      need('case:read')
      const persons = await findPersons(ctx, probe)
      const matches: PersonMatch[] = []
      for (const person of persons) {
        const rows = await caseRowsOf(person.id)
        matches.push({ person, caseNos: rows.slice(0, MATCH_CASE_NOS).map((r) => r.caseNo) })
      }
      if (matches.length) {
        await audit.append(
          access.actor,
          'person.view',
          { type: 'person', id: matches[0]?.person.id ?? '' },
          { matches: matches.length },
        )
      }
      return matches
    },

    /** The cases a person is in (summaries, newest first), through the `*personIds` index. */
    async casesOf(personId) {
      need('case:read')
      const rows = await caseRowsOf(personId)
      return rowsToSummaries(codec, rows)
    },

    /**
     * Corrects or updates a person's details (a new phone, a new address). Cases keep their parties
     * as registered. The kind (person or organisation) cannot change: that would be another person.
     */
    async update(id, input) {
      need('case:update')
      const details: PersonDetails = parseOrThrow(personDetailsSchema, input)
      const row = await db.persons.get(id)
      if (!row) throw new ValidationError([{ path: 'id', message: MSG.required }])
      const before = await rowToPerson(codec, row)
      if (before.type !== details.type) throw new ValidationError([{ path: 'type', message: MSG.choice }])
      const updatedAt = ctx.now().toISOString()
      const next = await personRow(ctx, id, details, { createdAt: row.createdAt, updatedAt })
      const changed = Object.keys(details).filter(
        (k) => (details as Record<string, unknown>)[k] !== (before as Record<string, unknown>)[k],
      )
      await audit.commit([db.persons], async () => ({
        entry: {
          actor: access.actor,
          action: 'person.update',
          target: { type: 'person', id },
          details: { fields: changed },
        },
        write: () => db.persons.put(next),
      }))
      return { ...details, id, createdAt: row.createdAt, updatedAt }
    },

    /**
     * One batch of linking cases stored without persons (before schema v4, or imported in bulk).
     * Run after login by the workspace until `done`; safe to run again.
     */
    linkLegacyCases(batchSize) {
      return linkLegacyBatch(ctx, batchSize)
    },
  }
}
