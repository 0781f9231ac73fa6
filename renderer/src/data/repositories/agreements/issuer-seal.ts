/**
 * The seal an agreement is stamped with: the seal of the body it issues under (issue 14
 * item 1) — the committee's for 人民调解, the 行政机关's for 行政调解, the 特邀调解组织's for
 * court-linked cases where one works here. Never another body's seal as a stand-in.
 */
import type { Agreement } from '../../../domain/documents/agreement'
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

/**
 * The body an agreement version was drawn up under — the one whose name it prints — and its seal;
 * a version drawn up before the snapshot named its body takes its case's body.
 */
export async function issuerSealOf(
  db: MediationDb,
  store: OrgIdentityStore,
  agreement: Pick<Agreement, 'caseId' | 'snapshot'>,
): Promise<IssuerSeal> {
  const bodies = await readIssuingBodies(db)
  const named = agreement.snapshot.issuerId
  let body: IssuingBody | null
  if (named) body = bodies.find((b) => b.id === named) ?? null
  else {
    const row = await db.cases.get(agreement.caseId)
    body = row ? issuerOfCase(row, bodies) : null
  }
  return { body, seal: body ? await store.readSeal(body.id) : null }
}
