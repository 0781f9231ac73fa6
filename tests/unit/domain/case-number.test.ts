import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CASE_NUMBER_PATTERN,
  formatCaseNumber,
  validateCaseNumberPattern,
} from '../../../renderer/src/domain/numbering/case-number'

describe('case numbers', () => {
  it('formats the default pattern with a padded sequence', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { year: 2026, seq: 1, org: '瓦' })).toBe(
      '（2026）瓦人调字第0001号',
    )
    expect(formatCaseNumber('{org}调{year}-{seq}', { year: 2027, seq: 12345, org: '甘' })).toBe(
      '甘调2027-12345',
    )
  })

  it('needs the year and the sequence, and no stray braces', () => {
    expect(validateCaseNumberPattern(DEFAULT_CASE_NUMBER_PATTERN)).toBeNull()
    expect(validateCaseNumberPattern('（{year}）第号')).not.toBeNull()
    expect(validateCaseNumberPattern('第{seq:4}号')).not.toBeNull()
    expect(validateCaseNumberPattern('（{year}）{seq}{name}')).not.toBeNull()
  })
})
