/**
 * Where the organisation's signing identity and seal image live. The identity — private key and
 * certificate, plus the certificates it replaced, so that agreements signed earlier still verify —
 * is one `vault` row encrypted with the workspace data key. The seal PNG is a `settings` row sealed
 * through the codec. Neither is ever stored or logged in plaintext.
 */
import { z } from 'zod'
import type { RecordCodec } from '../../codec/codec'
import { aadFor, decryptBytes, encryptBytes, type Encrypted } from '../../crypto/aead'
import { fromUtf8, utf8 } from '../../crypto/bytes'
import type { MediationDb } from '../../schema'

export const IDENTITY_VAULT_ID = 'org:signing-identity'
export const SEAL_SETTING_KEY = 'org:seal'
const IDENTITY_FORMAT = 1

const storedIdentitySchema = z.object({
  current: z.object({
    privateKeyPem: z.string(),
    certificatePem: z.string(),
    fingerprint: z.string(),
    createdAt: z.string(),
    source: z.enum(['self-issued', 'pkcs12']),
  }),
  former: z.array(z.object({ certificatePem: z.string(), fingerprint: z.string(), retiredAt: z.string() })),
})
export type StoredIdentity = z.output<typeof storedIdentitySchema>

const storedSealSchema = z.object({
  png: z.instanceof(Uint8Array),
  width: z.number(),
  height: z.number(),
  importedAt: z.string(),
  importedById: z.string(),
})
export type StoredSeal = z.output<typeof storedSealSchema>

export function createOrgIdentityStore(db: MediationDb, codec: RecordCodec, dataKey: CryptoKey) {
  const aad = aadFor('vault', IDENTITY_VAULT_ID, IDENTITY_FORMAT)
  return {
    async readIdentity(): Promise<StoredIdentity | null> {
      const row = await db.vault.get(IDENTITY_VAULT_ID)
      if (!row || row.wrapped instanceof Uint8Array) return null
      const plain = await decryptBytes(dataKey, row.wrapped, aad)
      return storedIdentitySchema.parse(JSON.parse(fromUtf8(plain)))
    },

    /** Encrypts now; the returned write is IndexedDB work only (for a commit with its audit entry). */
    async prepareIdentity(value: StoredIdentity): Promise<() => Promise<unknown>> {
      const wrapped: Encrypted = await encryptBytes(dataKey, utf8(JSON.stringify(value)), aad)
      return () => db.vault.put({ id: IDENTITY_VAULT_ID, wrapped })
    },

    async readSeal(): Promise<StoredSeal | null> {
      const row = await db.settings.get(SEAL_SETTING_KEY)
      if (!row) return null
      return storedSealSchema.parse(await codec.open('settings', SEAL_SETTING_KEY, row.value as never))
    },

    /** Seals now; the returned write is IndexedDB work only (for a commit with its audit entry). */
    async prepareSeal(value: StoredSeal): Promise<() => Promise<unknown>> {
      const sealed = await codec.seal('settings', SEAL_SETTING_KEY, value)
      return () => db.settings.put({ key: SEAL_SETTING_KEY, value: sealed })
    },
  }
}

export type OrgIdentityStore = ReturnType<typeof createOrgIdentityStore>
