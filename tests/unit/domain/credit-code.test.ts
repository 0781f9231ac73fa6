import { describe, expect, it } from 'vitest'
import { checkCreditCode, creditCodeCheckChar } from '../../../renderer/src/domain/ids/credit-code'

describe('统一社会信用代码 (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '91440300708461136T', '9111000071093123xx'])(
    'accepts %s',
    (code) => {
      expect(checkCreditCode(code)).toEqual({ valid: true, normalized: code.toUpperCase() })
    },
  )

  it('computes the MOD 31 check character', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3')
  })

  it.each([
    ['91350100M000100Y4', 'format'],
    ['91350100M000100Y4I', 'format'],
    ['9135A100M000100Y43', 'format'],
    ['X1350100M000100Y43', 'authority'],
    ['9O350100M000100Y43', 'format'],
    ['C1350100M000100Y43', 'authority'],
    ['91350100M000100Y44', 'checksum'],
  ])('refuses %s (%s)', (code, problem) => {
    expect(checkCreditCode(code)).toEqual({ valid: false, problem })
  })
})
