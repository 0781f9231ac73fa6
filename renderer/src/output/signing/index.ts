/**
 * The signing code's front door: PAdES signing and inspection, the organisation's certificate, and
 * `signingPort`, the implementation the app hands to the data layer (see data's SigningPort).
 */
import type { SigningPort } from '../../data'
import {
  certificateDer,
  certificateFingerprint,
  createSelfIssuedIdentity,
  describeCertificate,
  importPkcs12,
} from './certificate'
import { signPdf } from './pades'
import { inspectSignedPdf } from './verify'

export { createSelfIssuedIdentity, describeCertificate, exportPkcs12, importPkcs12 } from './certificate'
export type { CertificateInfo, SigningIdentity } from './certificate'
export { signPdf, SUBFILTER, type PdfSignatureInfo } from './pades'
export { inspectSignedPdf, type SignedPdfInspection } from './verify'

export const signingPort: SigningPort = {
  createSelfIssued: (subject, now) => createSelfIssuedIdentity(subject, { now }),
  importPkcs12: async (bytes, passphrase, now) => importPkcs12(bytes, passphrase, now),
  describe: (pem) => describeCertificate(pem),
  fingerprint: (pem) => certificateFingerprint(certificateDer(pem)),
  sign: (pdf, identity, details) => signPdf(pdf, identity, details),
  inspect: (pdf) => inspectSignedPdf(pdf),
}
export { agreementAssets, agreementModel, createAgreementRenderer } from './agreement-renderer'
