/**
 * Registering a case: the form's input checked, each party linked to a person (or made one), the
 * case sealed and tokenised, then numbered and stored with its new persons and the court's letter
 * in one transaction — so a number is never given twice and never skipped. Audited with the number.
 */
import { caseRegistrationSchema } from '../../../domain/cases/case'
import { todayIso } from '../../../domain/shared/dates'
import { subtypeRefusal } from '../../../domain/cases/dispute-catalogue'
import { ISSUER_MSG, issuerFor } from '../../../domain/organisation/issuing-bodies'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import type { CaseRow } from '../../schema'
import { linkParties } from '../persons/person-links'
import { CommitConflict } from '../../audit/audit-log'
import { factsFromRecords } from './case-facts'
import { peekCaseNumbers, takeCaseNumbers } from './case-numbers'
import { newCaseRow, recordToRow, rowToCase } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

export function createCaseRegistration(ctx: CaseContext): Pick<CaseRepository, 'register'> {
  const { db, codec, settings, audit, access, now, need } = ctx

  return {
    async register(input) {
      need('case:create')
      const { courtReferral: referral, ...registration } = parseOrThrow(caseRegistrationSchema, input)
      // A local sub-type must be in the catalogue, in use, and under the type it reports as.
      const subtype = subtypeRefusal(
        await settings.getDisputeCatalogue(),
        registration.disputeType,
        registration.disputeSubtype,
      )
      if (subtype) throw new ValidationError([{ path: 'disputeSubtype', message: subtype }])
      // The body this kind of mediation issues under numbers the case; 行政调解 needs a 行政机关
      // for its sector, or this room cannot issue its documents.
      const issuer = issuerFor(registration.kind, registration.sector, await settings.getIssuingBodies())
      if (!issuer) throw new ValidationError([{ path: 'kind', message: ISSUER_MSG.noAdministrative }])
      const numbering = { pattern: issuer.pattern, orgShortName: issuer.shortName }
      const id = ctx.newId()
      const at = now()
      const timestamp = at.toISOString()
      // Each party becomes (or is linked to) a person record, written with the case.
      const links = await linkParties(ctx, registration.parties, timestamp)
      // Sealing is asynchronous crypto, so it happens before the transaction opens: an IndexedDB
      // transaction commits by itself as soon as it waits on anything that is not IndexedDB.
      // The court's letter is the case's first record: its date, deadline and procedure are facts.
      const derived = factsFromRecords(
        { registered: todayIso(at) },
        referral ? [{ kind: 'court-referral', createdAt: timestamp, data: referral }] : [],
      )
      const draft = await newCaseRow(ctx, {
        ...registration,
        id,
        sector: registration.kind === 'administrative' ? registration.sector : null,
        issuerId: issuer.id,
        status: 'registered',
        outcome: null,
        riskLevel: null,
        derived,
        createdAt: timestamp,
        updatedAt: timestamp,
        personIds: links.personIds,
        parties: links.parties,
      })
      const referralId = ctx.newId()
      const referralRow = referral
        ? await recordToRow(codec, {
            id: referralId,
            caseId: id,
            kind: 'court-referral',
            createdAt: timestamp,
            createdBy: access.actor.id,
            data: referral,
          })
        : null
      // The case, its new persons, the court's letter and the entry naming its number: one
      // transaction. The number is read first for the entry, and taken inside; if another window
      // took it meanwhile, all of it is prepared again with the next one.
      const row = await audit.commit([db.cases, db.counters, db.records, db.persons], async () => {
        const { numbers } = await peekCaseNumbers(db, numbering, [draft.year], issuer.id)
        const expected = numbers[0] as { seq: number; caseNo: string }
        return {
          entry: {
            actor: access.actor,
            action: 'case.create',
            target: { type: 'case', id },
            details: { caseNo: expected.caseNo },
          },
          write: async () => {
            const [number] = await takeCaseNumbers(db, numbering, [draft.year], issuer.id)
            if (number?.seq !== expected.seq) throw new CommitConflict()
            const newRow: CaseRow = { ...draft, ...number }
            await db.cases.add(newRow)
            await db.persons.bulkAdd(links.newRows)
            if (referralRow) await db.records.add(referralRow)
            return newRow
          },
        }
      })
      return rowToCase(codec, row)
    },
  }
}
