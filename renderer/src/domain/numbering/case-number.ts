/**
 * Case numbers from a configurable pattern such as `（{year}）{org}人调字第{seq:4}号`, which gives
 * （2026）瓦人调字第0001号. `{seq}` is the per-year sequence, `{seq:N}` pads it to N digits.
 */
import { MSG } from '../shared/messages'

export const DEFAULT_CASE_NUMBER_PATTERN = '（{year}）{org}人调字第{seq:4}号'

const TOKEN = /\{(year|org|seq)(?::(\d))?\}/g

export interface CaseNumberParts {
  year: number
  seq: number
  org: string
}

export function formatCaseNumber(pattern: string, parts: CaseNumberParts): string {
  return pattern.replace(TOKEN, (_m, name: string, width?: string) => {
    if (name === 'year') return String(parts.year)
    if (name === 'org') return parts.org
    return String(parts.seq).padStart(width ? Number(width) : 1, '0')
  })
}

/** A pattern must name the year and the sequence, or numbers would repeat. */
export function validateCaseNumberPattern(pattern: string): typeof MSG.pattern | null {
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1])
  const stray = pattern.replace(TOKEN, '')
  if (!tokens.includes('year') || !tokens.includes('seq')) return MSG.pattern
  if (/[{}]/.test(stray) || pattern.length > 60) return MSG.pattern
  return null
}
