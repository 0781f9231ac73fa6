/**
 * Hostile bundles for the district's import in the browser, built in Node with the same builders as
 * the unit tests: a room's signing identity the test holds (its certificate names the room otherwise
 * than the district registers it, so the rooms table shows each name once), a bundle it signs whose
 * six case files are 64 MB of zeros each (a few hundred KB on disk; every size and hash honest, so the
 * reader has to inflate and hash all 384 MB before the first parse refuses it — the heaviest read
 * the limits allow, seconds of work), and a 4 GiB zip bomb posing as a small manifest.
 */
import { createHash, randomUUID } from 'node:crypto'
import { BUNDLE_LIMITS } from '../../../renderer/src/domain/export/bundle-schema'
import { parseCertificate } from '../../../renderer/src/domain/export/certificate'
import { createBundleSigner } from '../../../renderer/src/output/bundles/bundle-signer'
// Straight from the modules, not their index files: those reach the document templates, JSON that
// Playwright's loader will not import without an import attribute.
import {
  createSelfIssuedIdentity,
  type SigningIdentity,
} from '../../../renderer/src/output/signing/certificate'
import { craftZip, honest, zeroBomb, type CraftedEntry } from '../../builders/zip-crafted'

const enc = new TextEncoder()
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

export interface HostileBundles {
  identity: SigningIdentity
  /** Signed by `identity`, every hash right, 384 MB of zeros to inflate: refused as json-invalid. */
  heavy: Buffer
  /** 4.2 MB whose manifest.json declares its real size and inflates to 4 GiB: inflate-overrun. */
  bomb: Buffer
}

export async function hostileBundles(): Promise<HostileBundles> {
  const identity = await createSelfIssuedIdentity({
    organisation: '泉水街道人民调解委员会',
    region: '大连市',
  })
  const zeros = zeroBomb(BUNDLE_LIMITS.maxEntryBytes - 300)
  const zerosHash = sha256(new Uint8Array(zeros.inflatedSize))
  const cases = Array.from({ length: 6 }, (_, i) => `cases/00000${i + 1}.json`)
  const pem = enc.encode(identity.certificatePem)
  const statistics = enc.encode('{}')
  const tables = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])
  const now = new Date().toISOString()
  const manifest = enc.encode(
    JSON.stringify({
      format: 'mediation-room-bundle',
      schemaVersion: 1,
      bundleId: randomUUID(),
      organisation: { name: '泉水街道人民调解委员会', kind: 'committee', region: '大连市甘井子区' },
      period: { key: '2026', from: '2026-01-01', to: '2026-12-31' },
      createdAt: now,
      appVersion: 'e2e',
      since: null,
      until: now,
      identified: false,
      includesFreeText: false,
      counts: { cases: 0, parties: 0 },
      auditHead: { seq: 0, hash: '0'.repeat(64) },
      signer: { fingerprint: parseCertificate(identity.certificatePem).fingerprint },
      files: [
        ...cases.map((path) => ({ path, sha256: zerosHash, size: zeros.inflatedSize })),
        { path: 'signer.pem', sha256: sha256(pem), size: pem.length },
        { path: 'statistics.json', sha256: sha256(statistics), size: statistics.length },
        { path: 'tables.xlsx', sha256: sha256(tables), size: tables.length },
      ],
    }),
  )
  const signature = await (await createBundleSigner(identity)).sign(manifest)
  const small = [
    honest('signer.pem', pem),
    honest('statistics.json', statistics),
    honest('tables.xlsx', tables),
    honest('manifest.sig', signature),
  ]
  const heavy = craftZip([
    honest('manifest.json', manifest),
    ...cases.map((name): CraftedEntry => ({
      name,
      data: zeros.data,
      method: 8,
      declaredSize: zeros.inflatedSize,
    })),
    ...small,
  ])
  const bomb = craftZip([
    { name: 'manifest.json', data: zeroBomb(2 ** 32).data, method: 8, declaredSize: manifest.length },
    ...small,
  ])
  return { identity, heavy: Buffer.from(heavy), bomb: Buffer.from(bomb) }
}
