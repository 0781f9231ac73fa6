import { describe, expect, it } from 'vitest'
import { isTooShortToSearch } from '../../../renderer/src/domain/cases/search-query'

describe('what a case search can be asked', () => {
  it('refuses one character that is not a digit, spaces not counted', () => {
    for (const q of ['王', ' 王 ', 'a', '欧']) expect(isTooShortToSearch(q)).toBe(true)
  })

  it('takes two characters or more, a digit (a sequence number), and leaves an empty query alone', () => {
    for (const q of ['王秀', '欧 阳', 'ab', '7', '12', '210202198001010016', '', '  ']) {
      expect(isTooShortToSearch(q)).toBe(false)
    }
  })
})
