/**
 * IPC schemas for files too large to cross in one message — backups, the whole-workspace export,
 * a backup opened for restore: written and read in chunks. Main picks every path itself (the
 * backup folder the administrator chose, or a dialog); the renderer only ever names a file inside
 * the backup folder, never a path.
 */
import { z } from 'zod'
import { adminGrant } from './security'

/** Chunks are at most this large in either direction. */
export const MAX_STREAM_CHUNK_BYTES = 8 * 1024 * 1024

/** A backup's file name: made by the app, so nothing else in the folder is ever touched. */
export const BACKUP_FILE_PATTERN = /^mediation-backup-[0-9A-Za-z_-]{1,80}\.mrbak$/
export const backupFileName = z.string().max(120).regex(BACKUP_FILE_PATTERN)

const dialogFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
      .min(1)
      .max(10),
  })
  .strict()

// Control characters are exactly what a file name must not contain.
// eslint-disable-next-line no-control-regex
const SAFE_NAME = /^[^\\/:*?"<>|\u0000-\u001f]+$/
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .regex(SAFE_NAME)
  .refine((n) => n !== '.' && n !== '..')

export const writeTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('backup'), name: backupFileName }).strict(),
  z
    .object({ kind: z.literal('dialog'), suggestedName, filters: z.array(dialogFilter).max(10).optional() })
    .strict(),
])
export const readSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('backup'), name: backupFileName }).strict(),
  z.object({ kind: z.literal('dialog'), filters: z.array(dialogFilter).max(10).optional() }).strict(),
])

const streamId = z.uuid()

export const writeBeginRequest = z.object({ target: writeTarget }).strict()
export const writeChunkRequest = z
  .object({
    writeId: streamId,
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_STREAM_CHUNK_BYTES),
  })
  .strict()
export const writeEndRequest = z.object({ writeId: streamId }).strict()
export const readBeginRequest = z.object({ source: readSource }).strict()
export const readChunkRequest = z
  .object({
    readId: streamId,
    offset: z.number().int().min(0),
    length: z.number().int().min(1).max(MAX_STREAM_CHUNK_BYTES),
  })
  .strict()
export const readEndRequest = z.object({ readId: streamId }).strict()

/** Why the backup folder cannot be written: not chosen, gone (a USB stick pulled out), or read-only. */
export type FolderProblem = 'no-folder' | 'folder-missing' | 'not-writable'
/** Why a write failed: the disk is full, or any other input/output error (no paths, no content). */
export type WriteProblem = 'disk-full' | 'io'

export type WriteBeginResult =
  | { status: 'open'; writeId: string; name: string }
  | { status: 'cancelled' }
  | { status: 'unavailable'; reason: FolderProblem }
export type WriteChunkResult = { status: 'written' } | { status: 'failed'; reason: WriteProblem }
export type WriteCommitResult =
  { status: 'saved'; name: string; size: number; path: string } | { status: 'failed'; reason: WriteProblem }
export type ReadBeginResult =
  | { status: 'open'; readId: string; name: string; size: number }
  | { status: 'cancelled' }
  | { status: 'missing' }
export interface ReadChunkResult {
  bytes: Uint8Array
}

export const backupFolderGetRequest = z.object({}).strict()
export const backupFolderChooseRequest = z.object({ grant: adminGrant }).strict()
export const backupListRequest = z.object({}).strict()
export const backupPruneRequest = z
  .object({
    /** Generations to keep (the newest); the others are deleted. */
    keep: z.number().int().min(1).max(365),
  })
  .strict()

export interface BackupFolder {
  path: string | null
  /** Chosen and writable right now. */
  available: boolean
  problem: FolderProblem | null
}
export type BackupFolderChooseResult =
  { status: 'chosen'; folder: BackupFolder } | { status: 'cancelled' } | { status: 'refused' }
export interface BackupFileInfo {
  name: string
  size: number
  modifiedAt: string
}
export interface BackupList {
  folder: BackupFolder
  files: BackupFileInfo[]
}
export interface BackupPruneResult {
  deleted: number
}
