/**
 * The seal an agreement is stamped with: the seal of the body its case issues under (issue 14
 * item 1) — the committee's for 人民调解, the 行政机关's for 行政调解, the 特邀调解组织's for
 * court-linked cases where one works here. Never another body's seal as a stand-in.
 */
import { issuerOfCase, type IssuingBody } from '../../../domain/organisation/issuing-bodies'
import type { MediationDb } from '../../schema'
import { readIssuingBodies } from '../settings-repository'
import type { OrgIdentityStore, StoredSeal } from './org-identity'

export interface IssuerSeal {
  /** null when the case's body is no longer configured (its kind has none here). */
  body: IssuingBody | null
  /** null until an administrator imports that body's seal. */
  seal: StoredSeal | null
}

export async function issuerSealOf(
  db: MediationDb,
  store: OrgIdentityStore,
  caseId: string,
): Promise<IssuerSeal> {
  const row = await db.cases.get(caseId)
  if (!row) return { body: null, seal: null }
  const body = issuerOfCase(row, await readIssuingBodies(db))
  return { body, seal: body ? await store.readSeal(body.id) : null }
}
