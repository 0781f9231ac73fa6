/**
 * How strong a password is, by zxcvbn's estimate of the guesses an attacker needs (zxcvbn-ts,
 * maintained; with English and common dictionaries and our Chinese list), not by its length and
 * distinct characters: "Zhang123456!" passes a length rule and is guessed in seconds. Passwords
 * are accepted from score 3 ("safely unguessable": about 10^8 guesses and more, which against
 * Argon2id at 64 MiB is years on a PC). The person's own name, the user name and the organisation
 * count as known to an attacker.
 *
 * Loaded on first use (import()): the dictionaries are large and only screens that set a password
 * need them.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { CHINESE_COMMON_PASSWORDS, CHINESE_NAME_PINYIN, CHINESE_PINYIN_WORDS } from './chinese-passwords'

export const MIN_PASSWORD_SCORE = 3

export interface PasswordStrength {
  /** 0 (guessed at once) … 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4
  ok: boolean
  /** A zxcvbn warning key (`commonNames`, `keyPattern`, …) or null; the screens translate it. */
  warning: string | null
  suggestions: string[]
}

let engine: ZxcvbnFactory | null = null

function zxcvbn(): ZxcvbnFactory {
  engine ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      chinesePasswords: CHINESE_COMMON_PASSWORDS,
      chineseNames: CHINESE_NAME_PINYIN,
      chineseWords: CHINESE_PINYIN_WORDS,
    },
    useLevenshteinDistance: true,
  })
  return engine
}

export function passwordStrength(
  password: string,
  knownToAttacker: readonly string[] = [],
): PasswordStrength {
  const inputs = knownToAttacker.flatMap((s) => s.split(/[\s@._-]+/)).filter((s) => s.length >= 2)
  const result = zxcvbn().check(password.normalize('NFC'), inputs)
  return {
    score: result.score,
    ok: result.score >= MIN_PASSWORD_SCORE,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  }
}
