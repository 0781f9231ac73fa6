/**
 * Saving a readable export (the whole workspace for an administrator, a counsellor's own files):
 * the platform opens a .zip save dialog (a download in the browser), the repository writes into it.
 * A refusal (wrong password, a full disk) aborts the sink, so no partial file is left.
 */
import type { TFunction } from 'i18next'
import { AuthError } from '../../data'
import { StreamFailure, type BackupSink, type Platform } from '../../platform'
import { authErrorMessage } from '../shared/auth-messages'
import { errorMessage } from '../shared/error-message'
import { failureMessage } from './backup-messages'

export type SaveOutcome<R> = { status: 'saved'; result: R } | { status: 'cancelled' }

export async function saveReadable<R>(
  platform: Platform,
  suggestedName: string,
  write: (sink: BackupSink, appVersion: string) => Promise<R>,
): Promise<SaveOutcome<R>> {
  const opened = await platform.backup.openSink({ kind: 'save', suggestedName, format: 'zip' })
  if (opened.status === 'cancelled') return opened
  if (opened.status === 'unavailable') throw new StreamFailure('io')
  const info = await platform.appInfo().catch(() => ({ version: 'unknown' }))
  try {
    return { status: 'saved', result: await write(opened.sink, info.version.slice(0, 50) || 'unknown') }
  } catch (error) {
    await opened.sink.abort().catch(() => undefined)
    throw error
  }
}

export function readableFailure(error: unknown, t: TFunction): string {
  if (error instanceof AuthError) return authErrorMessage(error, t)
  if (error instanceof StreamFailure) return failureMessage(t, error.reason)
  return errorMessage(error, t)
}

/** 调解室数据导出-2026-12-04.zip */
export const readableFileName = (prefix: string, now = new Date()): string =>
  `${prefix}-${now.toISOString().slice(0, 10)}.zip`
