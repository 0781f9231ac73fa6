/**
 * Reads a PDF's (last) signature the way a verifier must: the /ByteRange, the CMS in the gap it
 * leaves, the SHA-256 of the ranges recomputed and compared with the signed message-digest
 * attribute, the RSA signature checked against the embedded certificate, and whether the ranges
 * cover the whole file (nothing appended after signing). Trust — whose certificate it is — is the
 * caller's question.
 */
import { binaryToBytes, fromHex, sha256, sha256Hex, toHex } from './binary'
import { OID, parseCms, verifyCmsSignature } from './cms'

export interface SignedPdfInspection {
  /** Starts with %PDF-. */
  isPdf: boolean
  /** Has a signature dictionary whose /ByteRange and /Contents could be read. */
  signed: boolean
  subFilter: string
  byteRange: number[] | null
  /** [0, a, b, c] with b + c = file length and the gap holding exactly the /Contents string. */
  byteRangeCoversWholeFile: boolean
  /** The SHA-256 of the signed ranges equals the CMS message-digest attribute. */
  digestMatches: boolean
  /** The RSA signature over the signed attributes verifies with the signer's certificate. */
  signatureValid: boolean
  /** SHA-256 (lower-case hex) of the signer certificate's DER. */
  signerCertificateFingerprint: string | null
  /** The claimed signing time (/M), ISO. */
  signingTime: string | null
  /** The signature dictionary's /Reason, decoded. */
  reason: string
  /** SHA-256 (lower-case hex) of the whole file as given. */
  sha256: string
}

const PDF_MAGIC = '%PDF-'

function latin1(bytes: Uint8Array): string {
  // One char per byte, so string offsets are byte offsets (only ASCII tokens are searched).
  return new TextDecoder('latin1').decode(bytes)
}

/** D:YYYYMMDDHHmmSS with an optional zone (Z, +08'00'), as ISO. */
export function parsePdfDate(value: string): string | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value)
  if (!m) return null
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = m
  const tz = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${tz}`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** A PDF text string: (literal) or <hex>, UTF-16BE with BOM or PDFDocEncoding (taken as Latin-1). */
function decodePdfText(raw: string): string {
  let bytes: Uint8Array
  if (raw.startsWith('<')) bytes = fromHex(raw.slice(1, -1).replace(/\s+/g, ''))
  else {
    const body = raw
      .slice(1, -1)
      .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
        /^[0-7]/.test(e)
          ? String.fromCharCode(parseInt(e, 8))
          : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
      )
    bytes = binaryToBytes(body)
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return latin1(bytes)
}

const nameValue = (dict: string, key: string) =>
  new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dict)?.[1] ?? ''
const textValue = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s*(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\))`).exec(dict)
  return m?.[1] ? decodePdfText(m[1]) : ''
}

export async function inspectSignedPdf(bytes: Uint8Array): Promise<SignedPdfInspection> {
  const result: SignedPdfInspection = {
    isPdf: latin1(bytes.subarray(0, 1024)).includes(PDF_MAGIC),
    signed: false,
    subFilter: '',
    byteRange: null,
    byteRangeCoversWholeFile: false,
    digestMatches: false,
    signatureValid: false,
    signerCertificateFingerprint: null,
    signingTime: null,
    reason: '',
    sha256: await sha256Hex(bytes),
  }
  if (!result.isPdf) return result
  const text = latin1(bytes)
  const at = text.lastIndexOf('/ByteRange')
  if (at < 0) return result
  const range = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at, at + 120))
  if (!range) return result
  const [a, b, c, d] = range.slice(1).map(Number) as [number, number, number, number]
  result.byteRange = [a, b, c, d]
  // The signature dictionary around /ByteRange: from its "obj" to "endobj".
  const objStart = Math.max(0, text.lastIndexOf(' obj', at))
  const objEnd = text.indexOf('endobj', at)
  const dict = text.slice(objStart, objEnd < 0 ? text.length : objEnd)
  result.subFilter = nameValue(dict, 'SubFilter')
  result.reason = textValue(dict, 'Reason')
  result.signingTime = parsePdfDate(textValue(dict, 'M'))
  const gapOk = b < c && c <= bytes.length && text[b] === '<' && text[c - 1] === '>'
  if (!gapOk || a !== 0) return result
  result.signed = true
  result.byteRangeCoversWholeFile = c + d === bytes.length
  let parsed
  try {
    parsed = parseCms(fromHex(text.slice(b + 1, c - 1)))
  } catch {
    return result
  }
  if (parsed.signerCertificate)
    result.signerCertificateFingerprint = await sha256Hex(parsed.signerCertificate)
  if (parsed.digestAlgorithm === OID.sha256 && parsed.messageDigest) {
    const end = Math.min(bytes.length, c + d)
    const digest = await sha256(bytes.subarray(0, b), bytes.subarray(c, end))
    result.digestMatches = toHex(digest) === toHex(parsed.messageDigest)
  }
  result.signatureValid = verifyCmsSignature(parsed)
  return result
}
