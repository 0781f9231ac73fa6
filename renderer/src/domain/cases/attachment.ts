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

/**
 * What an attachment is, which decides its place in the archive volume: 身份证明 and 授权委托书 after
 * the application, 证据 after the investigation records, 履行凭证 after the visit record, a
 * 司法确认申请书 signed on paper (scanned) where the application belongs, anything else at the end.
 */
export const ATTACHMENT_CATEGORIES = [
  'identity',
  'authorisation',
  'evidence',
  'performance',
  'judicial-application',
  'other',
] as const
export type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number]

/** As the archive contents list prints them. */
export const ATTACHMENT_CATEGORY_TITLES: Readonly<Record<AttachmentCategory, string>> = {
  identity: '身份证明',
  authorisation: '授权委托书',
  evidence: '证据材料',
  performance: '履行凭证',
  'judicial-application': '司法确认申请书（签署件）',
  other: '其他材料',
}

/** Attachments stored before categories existed were evidence (证据材料). */
export const DEFAULT_ATTACHMENT_CATEGORY: AttachmentCategory = 'evidence'

export const isAttachmentCategory = (v: unknown): v is AttachmentCategory =>
  (ATTACHMENT_CATEGORIES as readonly unknown[]).includes(v)

export interface AttachmentSummary {
  id: string
  caseId: string
  name: string
  type: AttachmentType
  size: number
  createdAt: string
  category: AttachmentCategory
}
