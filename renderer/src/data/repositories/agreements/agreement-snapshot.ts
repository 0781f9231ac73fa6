/**
 * What an agreement version is drawn up from: the case's parties and number, its latest written
 * 调解协议 record, the mediators' names (the lead and any co-mediators) and the organisation.
 * Copied once, so later edits to the case never change a version that is being signed or has been
 * signed.
 */
import type { AgreementSnapshot } from '../../../domain/documents/agreement'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { agreementSchema, migrateStoredRecord } from '../../../domain/cases/records'
import { ValidationError } from '../../../domain/shared/errors'
import { issuerOfCase } from '../../../domain/organisation/issuing-bodies'
import { mediatorsOf } from '../../../domain/cases/co-mediators'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow, MediationDb } from '../../schema'
import { RECORDS, rowToCase } from '../cases/case-rows'
import { readIssuingBodies, readOrganisation } from '../settings-repository'

const refuse = (path: string, message: string): never => {
  throw new ValidationError([{ path, message }])
}

export async function snapshotOfCase(
  db: MediationDb,
  codec: RecordCodec,
  caseId: string,
): Promise<{ row: CaseRow; snapshot: AgreementSnapshot }> {
  const row = (await db.cases.get(caseId)) ?? refuse('caseId', SIGNING_MSG.notFound)
  const records = await db.records.where('[caseId+kind]').equals([caseId, 'agreement']).toArray()
  const latest = records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
  if (!latest) return refuse('caseId', SIGNING_MSG.noAgreementRecord)
  const agreement = agreementSchema.parse(
    migrateStoredRecord('agreement', await codec.open(RECORDS, latest.id, latest.body)),
  )
  if (agreement.form === 'oral') return refuse('caseId', SIGNING_MSG.oralAgreement)
  const c = await rowToCase(codec, row)
  const nameOf = async (userId: string): Promise<string> => {
    const user = userId ? await db.users.get(userId) : undefined
    if (!user) return ''
    return ((await codec.open('users', user.id, user.body)) as { displayName?: string }).displayName ?? ''
  }
  const mediatorName = await nameOf(c.mediatorId)
  // The same list the printed document gives places to (never the lead twice, no repeats).
  const coMediators = await Promise.all(
    mediatorsOf(c)
      .slice(1)
      .map(async (id) => ({ id, name: await nameOf(id) })),
  )
  const organisation = await readOrganisation(db)
  // The agreement issues under the case's body (a 行政机关 for 行政调解), in the room's region.
  const issuer = issuerOfCase(c, await readIssuingBodies(db))
  return {
    row,
    snapshot: {
      case: c,
      record: {
        id: latest.id,
        caseId,
        kind: 'agreement',
        createdAt: latest.createdAt,
        createdBy: latest.createdBy,
        data: agreement,
      },
      mediator: { id: c.mediatorId, name: mediatorName },
      coMediators,
      organisation: { name: issuer?.name ?? organisation?.name ?? '', region: organisation?.region ?? '' },
      // The body whose name it prints is the body whose seal it takes, whatever changes meanwhile.
      ...(issuer ? { issuerId: issuer.id } : {}),
    },
  }
}
