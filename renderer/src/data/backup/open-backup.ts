/**
 * Opening a backup: its header read and checked, then its key unwrapped by whichever means the
 * person has — the session they are logged in with (a backup of this workspace), an account's
 * name and password, or the printed recovery key. A wrong one is `wrong-key`, never a crash, and
 * says nothing about which part was wrong.
 */
import type { Encrypted } from '../crypto/aead'
import type { Keyring } from '../crypto/keyring'
import type { BackupSlot } from './format'
import { openWithKeyring, openWithPassword, openWithRecoveryKey, type BackupKeys } from './keys'
import type { ByteSource } from './ports'
import { BackupError, readHeader, type OpenedHeader } from './read-backup'

export type BackupOpener =
  | { kind: 'session'; keyring: Keyring }
  | {
      kind: 'password'
      username: string
      password: string
      /** How an account's keyring is unwrapped (bound to the account: see auth/user-keys). */
      unwrap?: (slot: BackupSlot, username: string, wrapped: Encrypted, kek: CryptoKey) => Promise<Keyring>
    }
  | { kind: 'recovery'; recoveryKey: string }

export interface OpenedBackup {
  opened: OpenedHeader
  keys: BackupKeys
  /** The keyring recovered on the way, when a password opened it (restore then logs that account in). */
  keyring: Keyring | null
  userId: string | null
}

export async function openBackup(
  source: ByteSource,
  opener: BackupOpener,
  currentSchemaVersion: number,
): Promise<OpenedBackup> {
  const opened = await readHeader(source, currentSchemaVersion)
  try {
    switch (opener.kind) {
      case 'session':
        return {
          opened,
          keys: await openWithKeyring(opened.header, opener.keyring),
          keyring: null,
          userId: null,
        }
      case 'recovery':
        return {
          opened,
          keys: await openWithRecoveryKey(opened.header, opener.recoveryKey),
          keyring: null,
          userId: null,
        }
      case 'password': {
        const r = await openWithPassword(opened.header, opener.username, opener.password, opener.unwrap)
        return { opened, keys: r.keys, keyring: r.keyring, userId: r.userId }
      }
    }
  } catch (error) {
    if (error instanceof BackupError) throw error
    // Wrong password, wrong recovery key, another workspace's backup: the same answer.
    throw new BackupError({ code: 'wrong-key' })
  }
}
