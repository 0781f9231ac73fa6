/**
 * The organisation's seal image and signing certificate, for administrators (设置 → 印章 / 机构证书).
 * Creating or importing a certificate keeps the earlier certificates (not their keys), so agreements
 * signed before still verify as "issued here". Every change is audited with fingerprints only.
 */
import { requirePermission, type Role } from '../../domain/auth/roles'
import { checkSealImage } from '../../domain/documents/png-image'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { MediationDb } from '../schema'
import type { OrgIdentityStore, StoredIdentity } from './agreements/org-identity'
import {
  SigningUnavailableError,
  type CertificateSummary,
  type SigningIdentityPem,
  type SigningPort,
} from './agreements/signing-port'
import { readOrganisation } from './settings-repository'

export interface SigningDeps {
  db: MediationDb
  store: OrgIdentityStore
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  port?: SigningPort
  now?: () => Date
}

export interface SigningStatus {
  certificate: (CertificateSummary & { source: 'self-issued' | 'pkcs12'; createdAt: string }) | null
  formerCertificates: number
  seal: { width: number; height: number; importedAt: string } | null
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
  /** The seal: a transparent PNG. Anything else is refused with the reason, and nothing changes. */
  importSeal(png: Uint8Array): Promise<{ width: number; height: number }>
  /** The seal image, for its preview: administrators and those who may apply it. */
  sealImage(): Promise<Uint8Array | null>
}

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
      const [identity, seal] = await Promise.all([store.readIdentity(), store.readSeal()])
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
        seal: seal ? { width: seal.width, height: seal.height, importedAt: seal.importedAt } : null,
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

    /** The seal: a transparent PNG. Anything else is refused with the reason, and nothing changes. */
    async importSeal(png) {
      manage()
      const info = checkSealImage(png)
      const write = await store.prepareSeal({
        png: new Uint8Array(png),
        width: info.width,
        height: info.height,
        importedAt: now().toISOString(),
        importedById: access.actor.id,
      })
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'seal.import',
          target: { type: 'settings', id: 'seal' },
          details: { width: info.width, height: info.height, bytes: png.length },
        },
        write,
      }))
      return { width: info.width, height: info.height }
    },

    /** The seal image, for its preview: administrators and those who may apply it. */
    async sealImage() {
      requirePermission(access.roles, 'seal:apply')
      const seal = await store.readSeal()
      return seal?.png ?? null
    },
  }
}
