/**
 * Password → key-encryption key, with Argon2id (hash-wasm). Parameters are stored with each user so
 * they can be raised later; any stored parameters below OWASP's minimum are refused, so a tampered
 * database cannot downgrade the derivation.
 */
import { argon2id } from 'hash-wasm'
import { own, randomBytes } from './bytes'

export interface Argon2Params {
  alg: 'argon2id'
  /** memory in KiB */
  m: number
  /** iterations */
  t: number
  /** parallelism */
  p: number
  salt: Uint8Array
}

/**
 * OWASP Password Storage Cheat Sheet, Argon2id: m=19 MiB with t=2 is the least; each listed
 * configuration trades memory for iterations (m=47104/t=1, 19456/t=2, 12288/t=3, 9216/t=4, 7168/t=5).
 */
export const OWASP_ARGON2ID_MINIMUMS = [
  { m: 47104, t: 1 },
  { m: 19456, t: 2 },
  { m: 12288, t: 3 },
  { m: 9216, t: 4 },
  { m: 7168, t: 5 },
] as const

/** What new passwords get: 64 MiB, 3 passes (about 250 ms in Chromium on the room PC). */
export const DEFAULT_ARGON2 = { m: 65536, t: 3, p: 1 } as const

export function meetsOwasp(params: Pick<Argon2Params, 'm' | 't' | 'p'>): boolean {
  return params.p >= 1 && OWASP_ARGON2ID_MINIMUMS.some((min) => params.m >= min.m && params.t >= min.t)
}

export class WeakKdfError extends Error {
  constructor() {
    super('kdf parameters below the OWASP minimum')
    this.name = 'WeakKdfError'
  }
}

export function newArgon2Params(cost: Pick<Argon2Params, 'm' | 't' | 'p'> = DEFAULT_ARGON2): Argon2Params {
  if (!meetsOwasp(cost)) throw new WeakKdfError()
  return { alg: 'argon2id', ...cost, salt: randomBytes(16) }
}

export async function derivePasswordKey(password: string, params: Argon2Params): Promise<CryptoKey> {
  if (params.alg !== 'argon2id' || !meetsOwasp(params) || params.salt.length < 16) throw new WeakKdfError()
  const raw = await argon2id({
    password: password.normalize('NFC'),
    salt: params.salt,
    iterations: params.t,
    memorySize: params.m,
    parallelism: params.p,
    hashLength: 32,
    outputType: 'binary',
  })
  return crypto.subtle.importKey('raw', own(raw), 'AES-GCM', false, ['encrypt', 'decrypt'])
}
