/**
 * Evidence attachments: images and PDFs, recognised by their first bytes (never by the name a file
 * happens to have), within a size limit.
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
export const ATTACHMENT_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'] as const

export type AttachmentType = 'application/pdf' | 'image/png' | 'image/jpeg'

export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf' // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  return null
}

export type AttachmentProblem = 'empty' | 'too-large' | 'type'

export function checkAttachment(
  bytes: Uint8Array,
): { ok: true; type: AttachmentType } | { ok: false; problem: AttachmentProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty' }
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, problem: 'too-large' }
  const type = sniffAttachmentType(bytes)
  return type ? { ok: true, type } : { ok: false, problem: 'type' }
}

export interface AttachmentSummary {
  id: string
  caseId: string
  name: string
  type: AttachmentType
  size: number
  createdAt: string
}
