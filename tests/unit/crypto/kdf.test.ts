import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ARGON2,
  WeakKdfError,
  derivePasswordKey,
  meetsOwasp,
  newArgon2Params,
} from '../../../renderer/src/data/crypto/kdf'
import { DecryptError } from '../../../renderer/src/data/crypto/aead'
import {
  generateKeyring,
  keyringAadFor,
  unwrapKeyring,
  wrapKeyring,
} from '../../../renderer/src/data/crypto/keyring'
import { TEST_KDF } from '../../builders/session'

describe('password key derivation (Argon2id)', () => {
  it("uses parameters at or above OWASP's minimum for new passwords", () => {
    // OWASP Password Storage Cheat Sheet: m ≥ 19 MiB with t ≥ 2 (or an equivalent trade-off), p ≥ 1.
    expect(DEFAULT_ARGON2.m).toBeGreaterThanOrEqual(19456)
    expect(DEFAULT_ARGON2.t).toBeGreaterThanOrEqual(2)
    expect(DEFAULT_ARGON2.p).toBeGreaterThanOrEqual(1)
    expect(meetsOwasp(DEFAULT_ARGON2)).toBe(true)
    expect(meetsOwasp(TEST_KDF)).toBe(true)
  })

  it('refuses to make or use parameters below the minimum', async () => {
    expect(meetsOwasp({ m: 19455, t: 2, p: 1 })).toBe(false)
    expect(meetsOwasp({ m: 65536, t: 0, p: 1 })).toBe(false)
    expect(meetsOwasp({ m: 19456, t: 1, p: 1 })).toBe(false)
    expect(() => newArgon2Params({ m: 4096, t: 3, p: 1 })).toThrow(WeakKdfError)
    // A tampered user record cannot downgrade the derivation.
    const weak = { ...newArgon2Params(TEST_KDF), m: 1024, t: 1 }
    await expect(derivePasswordKey('anything', weak)).rejects.toBeInstanceOf(WeakKdfError)
  })

  it('a wrong password fails to unwrap the keyring', async () => {
    const params = newArgon2Params(TEST_KDF)
    const keyring = await generateKeyring()
    const aad = keyringAadFor('u1', 'mediator1')
    const wrapped = await wrapKeyring(keyring, await derivePasswordKey('the right password', params), aad)
    await expect(
      unwrapKeyring(wrapped, await derivePasswordKey('the wrong password', params), aad),
    ).rejects.toBeInstanceOf(DecryptError)
    const opened = await unwrapKeyring(wrapped, await derivePasswordKey('the right password', params), aad)
    const raw = async (k: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey('raw', k))
    expect(await raw(opened.data)).toEqual(await raw(keyring.data))
  })
})
