import { describe, expect, it } from 'vitest'
import { DecryptError, aadFor, decryptBytes, encryptBytes } from '../../../renderer/src/data/crypto/aead'
import { toHex, utf8 } from '../../../renderer/src/data/crypto/bytes'
import { generateAesKey } from '../../../renderer/src/data/crypto/keyring'
import { createEncryptingCodec } from '../../../renderer/src/data/crypto/record-codec'

describe('AES-GCM', () => {
  it('never repeats an IV over 100,000 encryptions', async () => {
    const key = await generateAesKey()
    const seen = new Set<string>()
    const plain = utf8('x')
    const aad = aadFor('t', 'id', 1)
    for (let batch = 0; batch < 100; batch++) {
      const out = await Promise.all(Array.from({ length: 1000 }, () => encryptBytes(key, plain, aad)))
      for (const e of out) {
        expect(e.iv).toHaveLength(12)
        seen.add(toHex(e.iv))
      }
    }
    expect(seen.size).toBe(100_000)
  }, 60_000) // 100,000 real encryptions: seconds on a loaded CI machine

  it('fails to decrypt after any single flipped bit in IV, ciphertext or tag', async () => {
    const key = await generateAesKey()
    const aad = aadFor('cases', 'abc', 1)
    const enc = await encryptBytes(key, utf8('调解笔录：双方同意赔偿 1200 元'), aad)
    expect(enc.ct.length).toBeGreaterThan(16)
    // every bit of the IV, and every bit of the ciphertext including the 16-byte tag at its end
    for (const field of ['iv', 'ct'] as const) {
      const bytes = enc[field]
      for (let i = 0; i < bytes.length; i++) {
        for (let bit = 0; bit < 8; bit++) {
          const copy = new Uint8Array(bytes)
          copy[i] = (copy[i] as number) ^ (1 << bit)
          await expect(decryptBytes(key, { ...enc, [field]: copy }, aad)).rejects.toBeInstanceOf(DecryptError)
        }
      }
    }
    expect(new TextDecoder().decode(await decryptBytes(key, enc, aad))).toContain('1200')
  })

  it('binds a sealed record to its table and id: moved elsewhere, it does not open', async () => {
    const codec = createEncryptingCodec(await generateAesKey(), 'workspace')
    const sealed = await codec.seal('cases', 'case-1', { facts: '机密' })
    expect(await codec.open('cases', 'case-1', sealed)).toEqual({ facts: '机密' })
    await expect(codec.open('cases', 'case-2', sealed)).rejects.toBeInstanceOf(DecryptError)
    await expect(codec.open('users', 'case-1', sealed)).rejects.toBeInstanceOf(DecryptError)
    if (sealed.alg !== 'A256GCM') throw new Error('expected an encrypted body')
    await expect(codec.open('cases', 'case-1', { ...sealed, v: 2 })).rejects.toBeInstanceOf(DecryptError)
  })

  it('keeps byte arrays inside a body', async () => {
    const codec = createEncryptingCodec(await generateAesKey(), 'workspace')
    const png = new Uint8Array([137, 80, 78, 71, 0, 255])
    const sealed = await codec.seal('t', 'i', { signature: png })
    expect(await codec.open('t', 'i', sealed)).toEqual({ signature: png })
  })
})
