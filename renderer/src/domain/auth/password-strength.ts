/**
 * How strong a password is, by zxcvbn's estimate of the guesses an attacker needs (zxcvbn-ts,
 * maintained; with English and common dictionaries and our Chinese list), not by its length and
 * distinct characters: "Zhang123456!" passes a length rule and is guessed in seconds. Passwords
 * are accepted from score 3 ("safely unguessable": about 10^8 guesses and more, which against
 * Argon2id at 64 MiB is years on a PC). The person's own name, the user name and the organisation
 * count as known to an attacker.
 *
 * The dictionaries (about 1.7 MB of code) are loaded on first use, never with the first screen
 * (issue 17): the data layer awaits `loadPasswordStrength()` before it checks a password; a screen
 * whose form checks one synchronously imports './password-engine' (which installs the engine) and
 * so has it once its own chunk has loaded. Checking before either is a programming error and throws.
 */
export const MIN_PASSWORD_SCORE = 3

export interface PasswordStrength {
  /** 0 (guessed at once) … 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4
  ok: boolean
  /** A zxcvbn warning key (`commonNames`, `keyPattern`, …) or null; the screens translate it. */
  warning: string | null
  suggestions: string[]
}

/** What the engine answers (zxcvbn-ts's `check`, narrowed to what is used here). */
export interface PasswordEngine {
  check(
    password: string,
    userInputs: string[],
  ): { score: 0 | 1 | 2 | 3 | 4; feedback: { warning: string | null; suggestions: string[] } }
}

let engine: PasswordEngine | null = null

/** Called by './password-engine' when it is loaded. */
export function installPasswordEngine(installed: PasswordEngine): void {
  engine = installed
}

/** Loads the dictionaries (once); afterwards `passwordStrength` answers synchronously. */
export async function loadPasswordStrength(): Promise<void> {
  if (!engine) await import('./password-engine')
}

export function passwordStrength(
  password: string,
  knownToAttacker: readonly string[] = [],
): PasswordStrength {
  if (!engine) throw new Error('passwordStrength: await loadPasswordStrength() first')
  const inputs = knownToAttacker.flatMap((s) => s.split(/[\s@._-]+/)).filter((s) => s.length >= 2)
  const result = engine.check(password.normalize('NFC'), inputs)
  return {
    score: result.score,
    ok: result.score >= MIN_PASSWORD_SCORE,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  }
}
