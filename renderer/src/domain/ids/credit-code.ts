/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet (no I, O, Z, S, V):
 * registration authority, organisation type, 6-digit region, 9-character organisation code,
 * and a MOD 31 check character.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
/** 登记管理部门代码: 1 机构编制, 5 民政, 9 工商, Y 其他; plus 2–8 and A, N used by other registrars. */
const AUTHORITIES = new Set('123456789ANY'.split(''))

export type CreditCodeProblem = 'format' | 'authority' | 'checksum'
export type CreditCodeResult =
  { valid: true; normalized: string } | { valid: false; problem: CreditCodeProblem }

export function normalizeCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0)
  return ALPHABET[(31 - (sum % 31)) % 31] ?? ''
}

export function checkCreditCode(input: string): CreditCodeResult {
  const code = normalizeCreditCode(input)
  if (code.length !== 18 || [...code].some((c) => !ALPHABET.includes(c))) {
    return { valid: false, problem: 'format' }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { valid: false, problem: 'format' }
  if (!AUTHORITIES.has(code[0] ?? '')) return { valid: false, problem: 'authority' }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return { valid: false, problem: 'checksum' }
  }
  return { valid: true, normalized: code }
}
