/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd = male), and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
/** First two digits: provinces, autonomous regions, municipalities, HK/Macao/Taiwan residents (81–83), 91 foreigners' permanent residence. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83, 91,
])

export type ResidentIdProblem = 'format' | 'region' | 'birth-date' | 'checksum'

export interface ResidentIdInfo {
  birthDate: string
  gender: 'male' | 'female'
  regionCode: string
}

export type ResidentIdResult =
  { valid: true; normalized: string; info: ResidentIdInfo } | { valid: false; problem: ResidentIdProblem }

/** Upper-cases a trailing x and strips spaces, so people may type either. */
export function normalizeResidentId(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function checkResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const id = normalizeResidentId(input)
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'format' }
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return { valid: false, problem: 'region' }
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = Date.UTC(y, m - 1, d)
  if (y < 1900 || !isRealDate(y, m, d) || birth > today.getTime()) {
    return { valid: false, problem: 'birth-date' }
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { valid: false, problem: 'checksum' }
  return {
    valid: true,
    normalized: id,
    info: {
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: id.slice(0, 6),
    },
  }
}
