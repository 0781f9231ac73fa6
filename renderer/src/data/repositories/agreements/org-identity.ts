/**
 * Where the organisation's signing identity and seal image live. The identity — private key and
 * certificate, plus the certificates it replaced, so that agreements signed earlier still verify —
 * is one `vault` row encrypted with the workspace data key. Each issuing body has its own seal PNG
 * (the committee's, a 行政机关's, a 特邀调解组织's), a `settings` row sealed through the codec. Neither is
 * ever stored or logged in plaintext.
 */
import { z } from 'zod'
import type { RecordCodec } from '../../codec/codec'
import { aadFor, decryptBytes, encryptBytes, type Encrypted } from '../../crypto/aead'
import { fromUtf8, utf8 } from '../../crypto/bytes'
import type { MediationDb } from '../../schema'
import { COMMITTEE_ID } from '../../../domain/organisation/issuing-bodies'

export const IDENTITY_VAULT_ID = 'org:signing-identity'
/** The committee's seal (the one key there was before each body had its own). */
export const SEAL_SETTING_KEY = 'org:seal'

/** Where the seal of an issuing body is kept. */
export const sealSettingKey = (bodyId: string): string =>
  bodyId === COMMITTEE_ID ? SEAL_SETTING_KEY : `${SEAL_SETTING_KEY}:${bodyId}`
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

    /** The seal of an issuing body (the committee's unless named), or null before one is imported. */
    async readSeal(bodyId: string = COMMITTEE_ID): Promise<StoredSeal | null> {
      const key = sealSettingKey(bodyId)
      const row = await db.settings.get(key)
      if (!row) return null
      return storedSealSchema.parse(await codec.open('settings', key, row.value as never))
    },

    /** Seals now; the returned write is IndexedDB work only (for a commit with its audit entry). */
    async prepareSeal(value: StoredSeal, bodyId: string = COMMITTEE_ID): Promise<() => Promise<unknown>> {
      const key = sealSettingKey(bodyId)
      const sealed = await codec.seal('settings', key, value)
      return () => db.settings.put({ key, value: sealed })
    },
  }
}

export type OrgIdentityStore = ReturnType<typeof createOrgIdentityStore>
