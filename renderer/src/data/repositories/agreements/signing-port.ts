/**
 * What the data layer needs from the signing code (documents/signing/), as a port: data sits below
 * documents and may not import it, so the app passes an implementation in (RepositoryOptions.signing;
 * documents/signing exports `signingPort`). Plain bytes and PEM strings cross it, nothing else.
 */

export interface SigningIdentityPem {
  /** PKCS#8 PEM. Never leaves the data layer except into `sign`. */
  privateKeyPem: string
  certificatePem: string
}

export interface CertificateSummary {
  subject: string
  issuer: string
  serialNumber: string
  notBefore: string
  notAfter: string
  /** Upper-case hex pairs separated by colons, as people compare them. */
  fingerprintSha256: string
  selfIssued: boolean
}

export interface SignedPdfFacts {
  isPdf: boolean
  signed: boolean
  subFilter: string
  byteRangeCoversWholeFile: boolean
  digestMatches: boolean
  signatureValid: boolean
  /** Lower-case hex SHA-256 of the signer certificate's DER. */
  signerCertificateFingerprint: string | null
  signingTime: string | null
  reason: string
  /** Lower-case hex SHA-256 of the whole file. */
  sha256: string
}

export interface PdfSignatureDetails {
  reason: string
  location: string
  name: string
  signingTime: Date
}

export interface SigningPort {
  createSelfIssued(subject: { organisation: string; region: string }, now: Date): Promise<SigningIdentityPem>
  /** Throws a ValidationError (i18n key) for a wrong passphrase, no key, no certificate… */
  importPkcs12(bytes: Uint8Array, passphrase: string, now: Date): Promise<SigningIdentityPem>
  describe(certificatePem: string): Promise<CertificateSummary>
  /** Lower-case hex SHA-256 of the certificate's DER. */
  fingerprint(certificatePem: string): Promise<string>
  sign(pdf: Uint8Array, identity: SigningIdentityPem, details: PdfSignatureDetails): Promise<Uint8Array>
  inspect(pdf: Uint8Array): Promise<SignedPdfFacts>
}

/** Thrown when a repository that needs signing was created without a port (a wiring mistake). */
export class SigningUnavailableError extends Error {
  constructor() {
    super('signing: no signing port configured')
    this.name = 'SigningUnavailableError'
  }
}
