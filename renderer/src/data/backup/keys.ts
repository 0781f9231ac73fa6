/**
 * The backup key: a fresh AES-256-GCM key per backup, never stored in the clear. It is wrapped
 * three ways in the header — by the workspace data key (a logged-in session verifies and restores
 * its own backups), by the recovery public key (the printed recovery key opens any backup of the
 * workspace), and, through each account's own password-wrapped keyring copied into a slot, by
 * every account's password (anyone who could log in can restore on a new PC). Counselling rows are
 * copied as they are, under their counsellors' own keys.
 */
import { aadFor, decryptBytes, encryptBytes, type Encrypted } from '../crypto/aead'
import { fromBase64, own, randomBytes, shuffle, toBase64, utf8 } from '../crypto/bytes'
import { derivePasswordKey, DEFAULT_ARGON2, type Argon2Params } from '../crypto/kdf'
import { importAes, keyringAadFor, LEGACY_KEYRING_AAD, unwrapKeyring, type Keyring } from '../crypto/keyring'
import { openRecovery, openSealed, sealForRecovery, type RecoveryMaterial } from '../crypto/recovery'
import type { BackupHeader, BackupSlot } from './format'
import { SLOT_PADDING } from './format'

export interface BackupKeys {
  backupKey: CryptoKey
  /** HMAC key for the digest, derived from the backup key. */
  digestKey: CryptoKey
}

const backupKeyAad = (backupId: string) => aadFor('backup-key', backupId, 1)
const b64Wrap = (e: Encrypted) => ({ iv: toBase64(e.iv), ct: toBase64(e.ct) })
const unb64Wrap = (w: { iv: string; ct: string }): Encrypted => ({
  iv: fromBase64(w.iv),
  ct: fromBase64(w.ct),
})

async function digestKeyFrom(raw: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', own(raw), 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8('mediation-room-backup/digest') },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  )
}

async function keysFromRaw(raw: Uint8Array): Promise<BackupKeys> {
  if (raw.length !== 32) throw new Error('backup: key of the wrong length')
  return { backupKey: await importAes(own(raw)), digestKey: await digestKeyFrom(raw) }
}

/** An account as the backup needs it: how to find its slot and its password-wrapped keyring. */
export interface SlotSource {
  userId: string
  username: string
  kdf: Argon2Params
  keyring: Encrypted
  binding: 1 | 2
}

export async function slotIdFor(backupId: string, username: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', utf8(backupId), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(username.trim().toLowerCase())))
  return Array.from(mac.slice(0, 16), (x) => x.toString(16).padStart(2, '0')).join('')
}

/** Dummy slots look like real ones: same sizes, same parameters, random bytes. */
function dummySlot(like: BackupSlot | undefined): BackupSlot {
  const hex = Array.from(randomBytes(16), (x) => x.toString(16).padStart(2, '0')).join('')
  return {
    id: hex,
    userId: crypto.randomUUID(),
    kdf: {
      alg: 'argon2id',
      ...(like ? { m: like.kdf.m, t: like.kdf.t, p: like.kdf.p } : DEFAULT_ARGON2),
      salt: toBase64(randomBytes(16)),
    },
    keyring: {
      iv: toBase64(randomBytes(12)),
      ct: toBase64(randomBytes(like ? fromBase64(like.keyring.ct).length : 112)),
    },
    binding: like?.binding ?? 2,
  }
}

/** A new backup key and the header's key section for it. */
export async function makeBackupKeys(input: {
  backupId: string
  keyring: Keyring
  recovery: RecoveryMaterial
  accounts: readonly SlotSource[]
}): Promise<{ keys: BackupKeys; section: BackupHeader['keys'] }> {
  const raw = randomBytes(32)
  try {
    const keys = await keysFromRaw(raw)
    const workspace = b64Wrap(await encryptBytes(input.keyring.data, raw, backupKeyAad(input.backupId)))
    const sealed = toBase64(await sealForRecovery(input.recovery.publicKey, raw))
    const slots: BackupSlot[] = []
    for (const a of input.accounts) {
      slots.push({
        id: await slotIdFor(input.backupId, a.username),
        userId: a.userId,
        kdf: { alg: 'argon2id', m: a.kdf.m, t: a.kdf.t, p: a.kdf.p, salt: toBase64(a.kdf.salt) },
        keyring: b64Wrap(a.keyring),
        binding: a.binding,
      })
    }
    while (slots.length === 0 || slots.length % SLOT_PADDING !== 0) slots.push(dummySlot(slots[0]))
    // Real and dummy slots in random order: their place says nothing either.
    shuffle(slots)
    return {
      keys,
      section: {
        workspace,
        recovery: {
          salt: toBase64(input.recovery.salt),
          privateKey: b64Wrap(input.recovery.wrappedPrivateKey),
          sealed,
        },
        slots,
      },
    }
  } finally {
    raw.fill(0)
  }
}

/** Opens the backup key with a session's keyring (a backup of this workspace); throws DecryptError otherwise. */
export async function openWithKeyring(header: BackupHeader, keyring: Keyring): Promise<BackupKeys> {
  const raw = await decryptBytes(
    keyring.data,
    unb64Wrap(header.keys.workspace),
    backupKeyAad(header.backupId),
  )
  try {
    return await keysFromRaw(raw)
  } finally {
    raw.fill(0)
  }
}

/** Opens it with the printed recovery key; throws DecryptError for a wrong one. */
export async function openWithRecoveryKey(header: BackupHeader, recoveryKey: string): Promise<BackupKeys> {
  const r = header.keys.recovery
  const privateKey = await openRecovery(
    { salt: fromBase64(r.salt), publicKey: new Uint8Array(), wrappedPrivateKey: unb64Wrap(r.privateKey) },
    recoveryKey,
  )
  const raw = await openSealed(privateKey, fromBase64(r.sealed))
  try {
    return await keysFromRaw(raw)
  } finally {
    raw.fill(0)
  }
}

/**
 * Opens it with an account's name and password: the slot for that name, Argon2id over the password,
 * the keyring unwrapped, the backup key unwrapped. Throws DecryptError for an unknown name or a
 * wrong password alike (the same cost either way: a missing slot still runs the derivation).
 */
export async function openWithPassword(
  header: BackupHeader,
  username: string,
  password: string,
  unwrapFor: (slot: BackupSlot, username: string, wrapped: Encrypted, kek: CryptoKey) => Promise<Keyring> = (
    slot,
    name,
    wrapped,
    kek,
  ) =>
    unwrapKeyring(
      wrapped,
      kek,
      slot.binding === 2 ? keyringAadFor(slot.userId, name.trim().toLowerCase()) : LEGACY_KEYRING_AAD,
    ),
): Promise<{ keys: BackupKeys; keyring: Keyring; userId: string }> {
  const id = await slotIdFor(header.backupId, username)
  const slot = header.keys.slots.find((s) => s.id === id) ?? header.keys.slots[0]
  if (!slot) throw new Error('backup: no slots')
  const kek = await derivePasswordKey(password, { ...slot.kdf, salt: fromBase64(slot.kdf.salt) })
  const keyring = await unwrapFor(slot, username, unb64Wrap(slot.keyring), kek)
  return { keys: await openWithKeyring(header, keyring), keyring, userId: slot.userId }
}
