/** What is wrong with a backup file (its own module: the screens import it without the reader). */
export type BackupProblem =
  | { code: 'not-a-backup' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'newer-schema'; schemaVersion: number }
  | { code: 'header-damaged' }
  | { code: 'wrong-key' }
  | { code: 'truncated'; chunk: number }
  | { code: 'altered'; chunk: number }
  | { code: 'digest' }
  | { code: 'content'; chunk: number }

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup: ${problem.code}`)
    this.name = 'BackupError'
  }
}
