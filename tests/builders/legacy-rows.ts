/**
 * Rows as older schema versions stored them, for the upgrade tests (tests/unit/data/migrations/)
 * and the restore-from-an-older-backup tests: a v1 case in plaintext with its counter, and a case
 * draft as v3's import took it.
 */
import type { Dexie } from 'dexie'
import type { CaseDraft } from '../../renderer/src/domain/cases/draft'
import { partySchema } from '../../renderer/src/domain/cases/party'
import { makeOrganisation, makePerson, makeRegistration } from './cases'

export const V1_CASE_ID = 'legacy-1'
export const V1_FACTS = '旧版本登记的案情'

/** Writes one v1 case (body in plaintext, as v1 stored it) and its year's counter into `db`. */
export async function writeV1Case(db: Dexie): Promise<void> {
  const reg = makeRegistration({ facts: V1_FACTS })
  await db.table('cases').add({
    id: V1_CASE_ID,
    caseNo: '（2026）某人调字第0001号',
    year: 2026,
    seq: 1,
    kind: 'people',
    status: 'registered',
    disputeType: reg.disputeType,
    source: reg.source,
    createdAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-01T08:00:00.000Z',
    body: {
      alg: 'none',
      data: {
        facts: reg.facts,
        requests: reg.requests,
        parties: reg.parties.map((p) => partySchema.parse(p)),
      },
    },
  })
  await db.table('counters').put({ key: 'case-seq:2026', value: 1 })
}

/** A case as v3's import took it: a person and a company, one risk record. */
export function v3Draft(name: string, createdAt: string): CaseDraft {
  return {
    kind: 'people',
    sector: null,
    source: 'party-application',
    disputeType: 'neighbourhood',
    status: 'mediating',
    outcome: null,
    riskLevel: 'yellow',
    createdAt,
    updatedAt: createdAt,
    facts: `${name}的旧案情`,
    requests: '赔偿损失',
    parties: [makePerson(), makeOrganisation()],
    records: [{ kind: 'risk', createdAt, data: { level: 'yellow', reason: '情绪激动' } }],
  }
}
