/**
 * The verification page's answer for any PDF. The file's SHA-256 is looked up among the agreements
 * issued here; a file that is not found is read as a signed PDF to tell an altered copy of ours
 * (our certificate, but the bytes no longer match, bytes were appended, or a signed file we never
 * issued) from a stranger's document.
 */
import type { MediationDb } from '../../schema'
import { AGREEMENT_KIND } from './agreement-rows'
import type { SignedPdfFacts } from './signing-port'

export type AlteredReason = 'modified' | 'appended' | 'not-issued'

export type AgreementVerdict =
  | { verdict: 'valid'; caseNo: string; version: number; issuedAt: string; sha256: string }
  | {
      verdict: 'superseded'
      caseNo: string
      version: number
      issuedAt: string
      supersededBy: { version: number; at: string }
      sha256: string
    }
  | { verdict: 'altered'; reason: AlteredReason; claimed: string; signedAt: string | null; sha256: string }
  | { verdict: 'unknown'; reason: 'unsigned' | 'foreign'; sha256: string }
  | { verdict: 'not-a-pdf'; sha256: string }

export interface IssuedAgreement {
  caseNo: string
  version: number
  status: string
  effectiveAt: string
  supersededBy: { version: number; at: string } | null
}

export async function judgePdf(
  db: MediationDb,
  facts: SignedPdfFacts,
  knownFingerprints: Set<string>,
  open: (id: string) => Promise<IssuedAgreement>,
): Promise<AgreementVerdict> {
  const { sha256 } = facts
  if (!facts.isPdf) return { verdict: 'not-a-pdf', sha256 }
  const issued = await db.documents
    .where('sha256')
    .equals(sha256)
    .filter((d) => d.kind === AGREEMENT_KIND)
    .first()
  if (issued && (issued.status === 'effective' || issued.status === 'superseded')) {
    const a = await open(issued.id)
    if (issued.status === 'superseded' && a.supersededBy) {
      return {
        verdict: 'superseded',
        caseNo: a.caseNo,
        version: a.version,
        issuedAt: a.effectiveAt,
        supersededBy: a.supersededBy,
        sha256,
      }
    }
    return { verdict: 'valid', caseNo: a.caseNo, version: a.version, issuedAt: a.effectiveAt, sha256 }
  }
  if (!facts.signed) return { verdict: 'unknown', reason: 'unsigned', sha256 }
  const fingerprint = facts.signerCertificateFingerprint ?? ''
  if (!knownFingerprints.has(fingerprint)) return { verdict: 'unknown', reason: 'foreign', sha256 }
  const reason: AlteredReason =
    !facts.digestMatches || !facts.signatureValid
      ? 'modified'
      : !facts.byteRangeCoversWholeFile
        ? 'appended'
        : 'not-issued'
  return { verdict: 'altered', reason, claimed: facts.reason, signedAt: facts.signingTime, sha256 }
}
