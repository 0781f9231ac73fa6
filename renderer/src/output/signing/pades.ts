/**
 * PAdES signing of a whole PDF (SubFilter ETSI.CAdES.detached). pdf-lib rewrites the document with
 * an invisible signature field whose /ByteRange and /Contents are placeholders; the byte ranges
 * around /Contents are then hashed, a CAdES SignedData is built over that digest (cms.ts), and its
 * hex fills /Contents. Uint8Array only — no Node Buffer — so it runs in Node and in the renderer.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'
import { ascii, indexOfBytes, sha256, toHex } from './binary'
import type { SigningIdentity } from './certificate'
import { buildCadesDetached } from './cms'

/** Room for the DER SignedData (certificate + attributes + signature ≈ 1.7 kB with a 2048-bit key). */
export const SIGNATURE_PLACEHOLDER_BYTES = 8192
const BYTE_RANGE_PLACEHOLDER = '**********'
export const SUBFILTER = 'ETSI.CAdES.detached'
/** Annotation flags Print (4) and Locked (128). */
const WIDGET_FLAGS = 132

export interface PdfSignatureInfo {
  reason: string
  location: string
  /** Who signs: the organisation's name. */
  name: string
  contactInfo?: string
  signingTime?: Date
}

export class PdfSigningError extends Error {
  constructor(readonly code: 'not-a-pdf' | 'no-placeholder' | 'too-large') {
    super(`pades: ${code}`)
    this.name = 'PdfSigningError'
  }
}

async function withPlaceholder(pdfBytes: Uint8Array, info: PdfSignatureInfo): Promise<Uint8Array> {
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(pdfBytes, { updateMetadata: false })
  } catch {
    throw new PdfSigningError('not-a-pdf')
  }
  const context = doc.context
  const byteRange = PDFArray.withContext(context)
  byteRange.push(PDFNumber.of(0))
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_PLACEHOLDER))
  const signature = context.register(
    context.obj({
      Type: 'Sig',
      Filter: 'Adobe.PPKLite',
      SubFilter: SUBFILTER,
      ByteRange: byteRange,
      Contents: PDFHexString.of('0'.repeat(SIGNATURE_PLACEHOLDER_BYTES * 2)),
      Reason: PDFHexString.fromText(info.reason),
      M: PDFString.fromDate(info.signingTime ?? new Date()),
      Name: PDFHexString.fromText(info.name),
      Location: PDFHexString.fromText(info.location),
      ...(info.contactInfo ? { ContactInfo: PDFHexString.fromText(info.contactInfo) } : {}),
    }),
  )
  const page = doc.getPage(0)
  const widget = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [0, 0, 0, 0],
      V: signature,
      T: PDFHexString.fromText(`Signature${Date.now()}`),
      F: WIDGET_FLAGS,
      P: page.ref,
    }),
  )
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
  if (annots) annots.push(widget)
  else page.node.set(PDFName.of('Annots'), context.obj([widget]))
  const form = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict)
  if (form) {
    const fields = form.lookupMaybe(PDFName.of('Fields'), PDFArray)
    if (fields) fields.push(widget)
    else form.set(PDFName.of('Fields'), context.obj([widget]))
    form.set(PDFName.of('SigFlags'), PDFNumber.of(3))
  } else {
    doc.catalog.set(PDFName.of('AcroForm'), context.obj({ SigFlags: 3, Fields: [widget] }))
  }
  // No object streams: the signature dictionary must stay readable as plain text in the file.
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false })
}

/** Fills the placeholders of a prepared PDF: exact byte ranges, then the CMS over them. */
async function fillSignature(pdf: Uint8Array, identity: SigningIdentity): Promise<Uint8Array> {
  const out = new Uint8Array(pdf)
  const rangeAt = indexOfBytes(out, ascii(`/${BYTE_RANGE_PLACEHOLDER}`))
  const open = out.lastIndexOf(0x5b /* [ */, rangeAt)
  const close = out.indexOf(0x5d /* ] */, rangeAt)
  const placeholder = ascii(`<${'0'.repeat(SIGNATURE_PLACEHOLDER_BYTES * 2)}>`)
  const contentsAt = indexOfBytes(out, placeholder)
  if (rangeAt < 0 || open < 0 || close < 0 || contentsAt < 0) throw new PdfSigningError('no-placeholder')
  const contentsEnd = contentsAt + placeholder.length
  const range = [0, contentsAt, contentsEnd, out.length - contentsEnd]
  const rangeText = `[${range.join(' ')}]`
  const slot = close + 1 - open
  if (rangeText.length > slot) throw new PdfSigningError('no-placeholder')
  out.set(ascii(rangeText.padEnd(slot, ' ')), open)
  const digest = await sha256(out.subarray(0, contentsAt), out.subarray(contentsEnd))
  const cms = await buildCadesDetached(digest, identity)
  if (cms.length > SIGNATURE_PLACEHOLDER_BYTES) throw new PdfSigningError('too-large')
  out.set(ascii(toHex(cms)), contentsAt + 1)
  return out
}

/**
 * Signs the whole document with the organisation's identity. The result's /ByteRange covers every
 * byte but the signature itself, which is what `pdfsig` reports as "Total document signed".
 */
export async function signPdf(
  pdfBytes: Uint8Array,
  identity: SigningIdentity,
  info: PdfSignatureInfo,
): Promise<Uint8Array> {
  return fillSignature(await withPlaceholder(pdfBytes, info), identity)
}
