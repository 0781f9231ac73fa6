/**
 * CMS SignedData for PAdES (SubFilter ETSI.CAdES.detached), built and read with node-forge's ASN.1
 * and signed with WebCrypto: detached (the PDF's byte ranges are the content), SHA-256, RSA
 * PKCS#1 v1.5, signed attributes content-type, message-digest and ESS signing-certificate-v2 (which
 * CAdES requires and forge's own pkcs7 cannot write). No signing-time attribute: PAdES puts the
 * claimed time in the signature dictionary's /M.
 */
import forge from 'node-forge'
import { binaryToBytes, bytesToBinary, sha256 } from './binary'
import { certificateDer } from './certificate'

const { asn1 } = forge
const U = asn1.Class.UNIVERSAL
const CTX = asn1.Class.CONTEXT_SPECIFIC
const T = asn1.Type

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const

const seq = (v: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, v)
const set = (v: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, v)
const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes())
const octets = (b: Uint8Array) => asn1.create(U, T.OCTETSTRING, false, bytesToBinary(b))
const int = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes())
const nul = () => asn1.create(U, T.NULL, false, '')
const der = (node: forge.asn1.Asn1) => binaryToBytes(asn1.toDer(node).getBytes())

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0)
  return a.length - b.length
}

/** DER's SET OF: members in ascending order of their encodings. */
const derSetOf = (members: forge.asn1.Asn1[]) =>
  set(
    members
      .map((m) => ({ m, d: der(m) }))
      .sort((x, y) => compareBytes(x.d, y.d))
      .map((x) => x.m),
  )

const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])])

/** issuer Name and serialNumber taken from the certificate's own DER, so they match byte for byte. */
function issuerAndSerial(certAsn1: forge.asn1.Asn1) {
  const tbs = (certAsn1.value as forge.asn1.Asn1[])[0] as forge.asn1.Asn1
  const fields = tbs.value as forge.asn1.Asn1[]
  const offset = fields[0]?.tagClass === CTX ? 1 : 0 // [0] version is present in v3 certificates
  return { serial: fields[offset] as forge.asn1.Asn1, issuer: fields[offset + 2] as forge.asn1.Asn1 }
}

export async function importSigningKey(privateKeyPem: string): Promise<CryptoKey> {
  const b64 = privateKeyPem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '')
  return crypto.subtle.importKey(
    'pkcs8',
    binaryToBytes(atob(b64)),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  )
}

/** The DER of a detached CAdES SignedData over `contentDigest` (the SHA-256 of the signed bytes). */
export async function buildCadesDetached(
  contentDigest: Uint8Array,
  identity: { privateKeyPem: string; certificatePem: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const certBytes = certificateDer(identity.certificatePem)
  const certAsn1 = asn1.fromDer(bytesToBinary(certBytes))
  const { serial, issuer } = issuerAndSerial(certAsn1)
  const essCertIdV2 = seq([
    octets(await sha256(certBytes)), // hashAlgorithm left out: its DEFAULT is SHA-256
    seq([seq([asn1.create(CTX, 4, true, [issuer])]), serial]),
  ])
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(contentDigest)),
    attribute(OID.signingCertificateV2, seq([seq([essCertIdV2])])),
  ]
  const signedAttrsSet = derSetOf(attrs)
  // The signature covers the attributes encoded as a SET; in SignerInfo they sit under [0] IMPLICIT.
  const key = await importSigningKey(identity.privateKeyPem)
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, der(signedAttrsSet)))
  const signerInfo = seq([
    int(1),
    seq([issuer, serial]),
    seq([oid(OID.sha256)]),
    asn1.create(CTX, 0, true, signedAttrsSet.value as forge.asn1.Asn1[]),
    seq([oid(OID.rsaEncryption), nul()]),
    octets(signature),
  ])
  const signedData = seq([
    int(1),
    set([seq([oid(OID.sha256)])]),
    seq([oid(OID.data)]),
    asn1.create(CTX, 0, true, [certAsn1]),
    set([signerInfo]),
  ])
  return der(seq([oid(OID.signedData), asn1.create(CTX, 0, true, [signedData])]))
}

export interface ParsedCms {
  certificates: Uint8Array[]
  /** The certificate whose issuer and serial the signer names (or the only one). */
  signerCertificate: Uint8Array | null
  digestAlgorithm: string
  messageDigest: Uint8Array | null
  /** The signed attributes re-encoded as a SET: the bytes the signature covers. */
  signedAttributes: Uint8Array | null
  signature: Uint8Array
  hasSigningCertificateV2: boolean
}

const children = (n: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] =>
  Array.isArray(n?.value) ? (n.value as forge.asn1.Asn1[]) : []
const oidOf = (n: forge.asn1.Asn1 | undefined) =>
  n && n.type === T.OID && typeof n.value === 'string' ? asn1.derToOid(n.value) : ''
const bytesOf = (n: forge.asn1.Asn1 | undefined) =>
  n && typeof n.value === 'string' ? binaryToBytes(n.value) : new Uint8Array()

/** Reads the parts of a CMS SignedData that verification needs; throws on anything else. */
export function parseCms(cms: Uint8Array): ParsedCms {
  // /Contents is zero-padded after the DER, so trailing bytes are expected.
  const options = { parseAllBytes: false, strict: false } as unknown as boolean // typings lag forge 1.x
  const root = asn1.fromDer(bytesToBinary(cms), options)
  if (oidOf(children(root)[0]) !== OID.signedData) throw new Error('cms: not SignedData')
  const signedData = children(children(root)[1])[0]
  const parts = children(signedData)
  const certSet = parts.find((p) => p.tagClass === CTX && p.type === 0)
  const certificates = children(certSet).map((c) => der(c))
  const signerInfos = children(parts[parts.length - 1])
  const signer = children(signerInfos[0])
  if (signer.length < 5) throw new Error('cms: no signer')
  const sid = children(signer[1])
  const digestAlgorithm = oidOf(children(signer[2])[0])
  const attrsNode = signer.find((p) => p.tagClass === CTX && p.type === 0)
  let messageDigest: Uint8Array | null = null
  let hasSigningCertificateV2 = false
  let signedAttributes: Uint8Array | null = null
  if (attrsNode) {
    for (const attr of children(attrsNode)) {
      const [type, values] = children(attr)
      if (oidOf(type) === OID.messageDigest) messageDigest = bytesOf(children(values)[0])
      if (oidOf(type) === OID.signingCertificateV2) hasSigningCertificateV2 = true
    }
    signedAttributes = der(set(children(attrsNode)))
  }
  const signatureNode = signer.find((p, i) => i > 2 && p.tagClass === U && p.type === T.OCTETSTRING)
  let signerCertificate: Uint8Array | null = certificates.length === 1 ? (certificates[0] ?? null) : null
  if (sid.length === 2) {
    const wantSerial = der(sid[1] as forge.asn1.Asn1)
    for (const c of certificates) {
      const { serial } = issuerAndSerial(asn1.fromDer(bytesToBinary(c)))
      if (compareBytes(der(serial), wantSerial) === 0) signerCertificate = c
    }
  }
  return {
    certificates,
    signerCertificate,
    digestAlgorithm,
    messageDigest,
    signedAttributes,
    signature: bytesOf(signatureNode),
    hasSigningCertificateV2,
  }
}

/** RSA PKCS#1 v1.5 / SHA-256 check of the signed attributes against the certificate's key. */
export function verifyCmsSignature(parsed: ParsedCms): boolean {
  if (!parsed.signerCertificate || !parsed.signedAttributes) return false
  try {
    const cert = forge.pki.certificateFromAsn1(asn1.fromDer(bytesToBinary(parsed.signerCertificate)))
    const md = forge.md.sha256.create()
    md.update(bytesToBinary(parsed.signedAttributes))
    return (cert.publicKey as forge.pki.rsa.PublicKey).verify(
      md.digest().getBytes(),
      bytesToBinary(parsed.signature),
    )
  } catch {
    return false
  }
}
