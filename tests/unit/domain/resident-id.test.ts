import { describe, expect, it } from 'vitest'
import { checkResidentId, residentIdCheckChar } from '../../../renderer/src/domain/ids/resident-id'

describe('居民身份证 (GB 11643)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['11010119900307803x', '1990-03-07', 'male'],
    ['210202198001010016', '1980-01-01', 'male'],
  ])('accepts %s', (id, birth, gender) => {
    const r = checkResidentId(id)
    expect(r.valid).toBe(true)
    if (r.valid) {
      expect(r.info.birthDate).toBe(birth)
      expect(r.info.gender).toBe(gender)
      expect(r.normalized).toBe(id.toUpperCase())
    }
  })

  it('computes the MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X')
    expect(residentIdCheckChar('21020219800101001')).toBe('6')
  })

  it.each([
    ['11010519491231002Y', 'format'],
    ['1101051949123100', 'format'],
    ['99010519491231002X', 'region'],
    ['110105194902300021', 'birth-date'],
    ['110105209901010021', 'birth-date'],
    ['110105189901010021', 'birth-date'],
    ['110105194912310021', 'checksum'],
    ['210202198001010015', 'checksum'],
  ])('refuses %s (%s)', (id, problem) => {
    const r = checkResidentId(id, new Date('2026-11-25T00:00:00Z'))
    expect(r).toEqual({ valid: false, problem })
  })
})
