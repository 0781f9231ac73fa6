/** Backups: the settings card, the warning banner, automatic backups at login, and restore. */
export { BackupCard } from './BackupCard'
export { BackupBanner } from './BackupBanner'
export { useAutoBackup } from './use-auto-backup'
// RestoreBackup itself is loaded on first use by app/AuthGate.
export type { RestoreOpener, RestoreBackupProps } from './RestoreBackup'
export { ExportReadableCard } from './ExportReadableCard'
export { saveReadable, readableFailure, readableFileName } from './save-readable'
