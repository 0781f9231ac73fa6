/**
 * Refusals of the counselling repositories. The message is the code alone: no name, no note, no
 * record content ever travels in an error (they end up on screens and in logs).
 */
export type CounsellingErrorCode =
  /** The row does not exist, or belongs to someone else (the two are not told apart). */
  | 'not-found'
  /** This session holds no counselling key (not a counsellor, or the key was retired). */
  | 'no-key'
  /** The receiving counsellor has never logged in, so has no key yet. */
  | 'target-no-key'
  | 'target-invalid'

export class CounsellingError extends Error {
  constructor(readonly code: CounsellingErrorCode) {
    super(`counselling: ${code}`)
    this.name = 'CounsellingError'
  }
}
