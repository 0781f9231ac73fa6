/**
 * The organisation's signing certificate and the seal image of each body issuing documents here,
 * for administrators (设置 → 印章 / 机构证书).
 * Creating or importing a certificate keeps the earlier certificates (not their keys), so agreements
 * signed before still verify as "issued here". Every change is audited with fingerprints only.
 */
import { requirePermission, type Role } from '../../domain/auth/roles'
import { checkSealImage } from '../../domain/documents/png-image'
import { SIGNING_MSG } from '../../domain/documents/signing-messages'
import { COMMITTEE_ID, type IssuerType } from '../../domain/organisation/issuing-bodies'
import { ValidationError } from '../../domain/shared/errors'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { MediationDb } from '../schema'
import type { OrgIdentityStore, StoredIdentity } from './agreements/org-identity'
import {
  SigningUnavailableError,
  type CertificateSummary,
  type SigningIdentityPem,
  type SigningPort,
} from './agreements/signing-port'
import { readIssuingBodies, readOrganisation } from './settings-repository'

export interface SigningDeps {
  db: MediationDb
  store: OrgIdentityStore
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  port?: SigningPort
  now?: () => Date
}

export interface SealInfo {
  width: number
  height: number
  importedAt: string
}

/** An issuing body and whether its seal is in. */
export interface BodySeal {
  bodyId: string
  name: string
  type: IssuerType
  seal: SealInfo | null
}

export interface SigningStatus {
  certificate: (CertificateSummary & { source: 'self-issued' | 'pkcs12'; createdAt: string }) | null
  formerCertificates: number
  /** The committee's seal. */
  seal: SealInfo | null
  /** Every issuing body, the committee first, each with its own seal or none yet. */
  seals: BodySeal[]
}

/** The organisation's signing certificate and seal image (settings:manage to change). */
export interface SigningRepository {
  /** Whether a certificate and a seal image exist, and what the certificate says. No secrets. */
  status(): Promise<SigningStatus>
  /** A new self-issued certificate (RSA-2048, SHA-256) in the organisation's name. */
  createSelfIssued(): Promise<CertificateSummary>
  /** An organisation certificate and key from a PKCS#12 file; a wrong passphrase changes nothing. */
  importPkcs12(bytes: Uint8Array, passphrase: string): Promise<CertificateSummary>
  /** The public certificate (PEM). */
  certificatePem(): Promise<string | null>
  /**
   * A body's seal (the committee's unless named): a transparent PNG. Anything else, or a body that
   * does not issue documents here, is refused with the reason, and nothing changes.
   */
  importSeal(png: Uint8Array, bodyId?: string): Promise<{ width: number; height: number }>
  /** A body's seal image (the committee's unless named), for its preview: administrators and those who may apply it. */
  sealImage(bodyId?: string): Promise<Uint8Array | null>
}

const infoOf = (seal: SealInfo): SealInfo => ({
  width: seal.width,
  height: seal.height,
  importedAt: seal.importedAt,
})

export function createSigningRepository({
  db,
  store,
  audit,
  access,
  port,
  now = () => new Date(),
}: SigningDeps): SigningRepository {
  const manage = () => requirePermission(access.roles, 'settings:manage')
  const needPort = (): SigningPort => {
    if (!port) throw new SigningUnavailableError()
    return port
  }

  /** Stores the identity (the former one kept for verifying) and its audit entry, in one transaction. */
  async function install(
    identity: SigningIdentityPem,
    source: 'self-issued' | 'pkcs12',
    action: 'signing.identity-create' | 'signing.identity-import',
  ): Promise<CertificateSummary> {
    const p = needPort()
    const fingerprint = await p.fingerprint(identity.certificatePem)
    const before = await store.readIdentity()
    const at = now().toISOString()
    const former: StoredIdentity['former'] = before
      ? [
          ...before.former,
          {
            certificatePem: before.current.certificatePem,
            fingerprint: before.current.fingerprint,
            retiredAt: at,
          },
        ].filter((f) => f.fingerprint !== fingerprint)
      : []
    const summary = await p.describe(identity.certificatePem)
    const write = await store.prepareIdentity({
      current: { ...identity, fingerprint, createdAt: at, source },
      former,
    })
    await audit.commit([db.vault], async () => ({
      entry: {
        actor: access.actor,
        action,
        target: { type: 'settings', id: 'signing-identity' },
        details: { fingerprint: summary.fingerprintSha256 },
      },
      write,
    }))
    return summary
  }

  return {
    /** Whether a certificate and a seal image exist, and what the certificate says. No secrets. */
    async status() {
      const [identity, bodies] = await Promise.all([store.readIdentity(), readIssuingBodies(db)])
      const seals = await Promise.all(
        bodies.map(async (b): Promise<BodySeal> => {
          const seal = await store.readSeal(b.id)
          return { bodyId: b.id, name: b.name, type: b.type, seal: seal && infoOf(seal) }
        }),
      )
      const certificate = identity
        ? {
            ...(await needPort().describe(identity.current.certificatePem)),
            source: identity.current.source,
            createdAt: identity.current.createdAt,
          }
        : null
      return {
        certificate,
        formerCertificates: identity?.former.length ?? 0,
        seal: seals.find((s) => s.bodyId === COMMITTEE_ID)?.seal ?? null,
        seals,
      }
    },

    /** A new self-issued certificate (RSA-2048, SHA-256) in the organisation's name; replaces any current one. */
    async createSelfIssued() {
      manage()
      const organisation = await readOrganisation(db)
      const identity = await needPort().createSelfIssued(
        { organisation: organisation?.name ?? '', region: organisation?.region ?? '' },
        now(),
      )
      return install(identity, 'self-issued', 'signing.identity-create')
    },

    /** An organisation certificate and key from a PKCS#12 file; a wrong passphrase changes nothing. */
    async importPkcs12(bytes, passphrase) {
      manage()
      const identity = await needPort().importPkcs12(bytes, passphrase, now())
      return install(identity, 'pkcs12', 'signing.identity-import')
    },

    /** The public certificate (PEM), to hand to whoever wants to check signatures elsewhere. */
    async certificatePem() {
      return (await store.readIdentity())?.current.certificatePem ?? null
    },

    /** A body's seal: a transparent PNG. Anything else is refused with the reason, and nothing changes. */
    async importSeal(png, bodyId = COMMITTEE_ID) {
      manage()
      const info = checkSealImage(png)
      if (!(await readIssuingBodies(db)).some((b) => b.id === bodyId))
        throw new ValidationError([{ path: 'bodyId', message: SIGNING_MSG.sealBodyUnknown }])
      const write = await store.prepareSeal(
        {
          png: new Uint8Array(png),
          width: info.width,
          height: info.height,
          importedAt: now().toISOString(),
          importedById: access.actor.id,
        },
        bodyId,
      )
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'seal.import',
          target: { type: 'settings', id: bodyId === COMMITTEE_ID ? 'seal' : `seal:${bodyId}` },
          details: { width: info.width, height: info.height, bytes: png.length, body: bodyId },
        },
        write,
      }))
      return { width: info.width, height: info.height }
    },

    /** The seal image, for its preview: administrators and those who may apply it. */
    async sealImage(bodyId = COMMITTEE_ID) {
      requirePermission(access.roles, 'seal:apply')
      const seal = await store.readSeal(bodyId)
      return seal?.png ?? null
    },
  }
}
