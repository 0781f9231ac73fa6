/**
 * Passwords by strength (issue 15 item 2): what a length-and-distinct-characters rule let through
 * and an attacker guesses at once is refused; long phrases of unrelated words are accepted.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { passwordSchema } from '../../../renderer/src/domain/auth/account'
import { loadPasswordStrength, passwordStrength } from '../../../renderer/src/domain/auth/password-strength'

describe('password strength before its dictionaries are loaded', () => {
  it('throws instead of answering (the dictionaries are loaded on first use, issue 17)', () => {
    expect(() => passwordStrength('a long phrase of unrelated words')).toThrow(/loadPasswordStrength/)
  })
})

describe('password strength', () => {
  beforeAll(loadPasswordStrength)

  it.each(['Zhang123456!', 'woaini1314520', 'qwertyuiop12', 'Password2026', '1qaz2wsx3edc'])(
    'refuses %s, which the old rule (10 characters, 4 distinct) accepted',
    (weak) => {
      expect(weak.length).toBeGreaterThanOrEqual(10)
      expect(new Set(weak).size).toBeGreaterThanOrEqual(4)
      const parsed = passwordSchema.safeParse(weak)
      expect(parsed.success).toBe(false)
      expect(parsed.error?.issues[0]?.message).toBe('validation.passwordWeak')
    },
  )

  it.each(['correct horse battery', 'lanse haibian 7 zixingche', 'Mediation-room tea 42 cups'])(
    'accepts %s',
    (good) => {
      expect(passwordSchema.safeParse(good).success).toBe(true)
    },
  )

  it('counts what an attacker knows (the user name, the person’s name) against the password', () => {
    expect(passwordStrength('zhangwei-mediator', []).score).toBeGreaterThan(
      passwordStrength('zhangwei-mediator', ['zhangwei', 'mediator']).score,
    )
  })
})
