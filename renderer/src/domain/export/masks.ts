/**
 * Masking numbers for a de-identified bundle. The rules (README "Export bundle format"):
 * - 居民身份证 numbers keep their first 6 digits, the region code — no finer than the 区/县 the
 *   address is cut to — and every other character becomes `*` (birth date, sequence, check digit).
 * - Other identity documents are fully masked.
 * - 统一社会信用代码 keep their first 8 characters (authority, type and region) and mask the rest.
 * - Mobile numbers keep the first 3 and last 4 digits (138****5678); landlines keep the area code
 *   and last 4 (0411-****3456); anything else is fully masked.
 */
import type { IdDocumentType } from '../cases/catalogues'

const stars = (n: number) => '*'.repeat(Math.max(n, 1))

export function maskIdNumber(value: string, idType: IdDocumentType | 'credit-code'): string {
  const v = value.replace(/\s+/g, '').toUpperCase()
  if (!v) return ''
  if (idType === 'resident-id' && /^\d{6}/.test(v)) return v.slice(0, 6) + stars(v.length - 6)
  if (idType === 'credit-code' && /^[0-9A-Z]{8}/.test(v)) return v.slice(0, 8) + stars(v.length - 8)
  return stars(Math.min(v.length, 18))
}

export function maskPhone(value: string): string {
  const d = value.replace(/\D/g, '')
  if (!d) return ''
  if (/^1[3-9]\d{9}$/.test(d)) return `${d.slice(0, 3)}****${d.slice(7)}`
  if (/^0\d{9,11}$/.test(d)) {
    const area = /^0[12]/.test(d) ? 3 : 4
    const local = d.slice(area)
    return `${d.slice(0, area)}-${stars(local.length - 4)}${local.slice(-4)}`
  }
  return stars(Math.min(d.length, 12))
}
