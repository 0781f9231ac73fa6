/**
 * Test builders for bundles at the byte level: take a bundle apart, change it, put it back together
 * (re-signed with a known key when a test needs a well-signed but malformed bundle).
 */
import { unzipSync, Zip, ZipPassThrough, zipSync, type Zippable } from 'fflate'
import { createBundleSigner } from '../../renderer/src/output/bundles/bundle-signer'
import { assembleBundle } from '../../renderer/src/output/bundles/assemble-bundle'
import { createSelfIssuedIdentity, type SigningIdentity } from '../../renderer/src/output/signing'
import {
  CASES_PER_FILE,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  SIGNER_PATH,
  type Manifest,
} from '../../renderer/src/domain/export/bundle-schema'
import { parseCertificate } from '../../renderer/src/domain/export/certificate'
import { sha256Hex } from '../../renderer/src/domain/export/hash'
import { verifyBundle, type VerifiedBundle } from '../../renderer/src/domain/export/verify-bundle'

export type Entries = Map<string, Uint8Array>

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function unzipAll(zip: Uint8Array): Entries {
  return new Map(Object.entries(unzipSync(zip)))
}

/** Zips entries in order; level 0 (stored) keeps tests that zip thousands of variants quick. */
export function zipAll(entries: Entries, level: 0 | 6 = 0): Uint8Array {
  const files: Zippable = {}
  for (const [name, data] of entries) files[name] = [data, { level }]
  return zipSync(files)
}

export const json = (bytes: Uint8Array): unknown => JSON.parse(decoder.decode(bytes))
export const bytesOf = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value))
export const textBytes = (text: string): Uint8Array => encoder.encode(text)

export function manifestOf(entries: Entries): Manifest {
  return json(entries.get(MANIFEST_PATH) as Uint8Array) as Manifest
}

/**
 * Re-lists every file's size and hash in the manifest (applying `edit` to it first) and signs it
 * again: the result is a bundle its signer really vouches for, however wrong its content.
 */
export async function resign(
  entries: Entries,
  identity: SigningIdentity,
  edit: (manifest: Record<string, unknown>) => void = () => {},
  rawManifest?: Uint8Array,
): Promise<Entries> {
  const out = new Map(entries)
  out.set(SIGNER_PATH, textBytes(identity.certificatePem))
  const manifest = json(entries.get(MANIFEST_PATH) as Uint8Array) as Record<string, unknown>
  const files = (manifest.files as { path: string }[]).filter((f) => out.has(f.path))
  manifest.files = await Promise.all(
    files.map(async (f) => {
      const data = out.get(f.path) as Uint8Array
      return { path: f.path, sha256: await sha256Hex(data), size: data.length }
    }),
  )
  manifest.signer = { fingerprint: parseCertificate(identity.certificatePem).fingerprint }
  edit(manifest)
  const manifestBytes = rawManifest ?? bytesOf(manifest)
  out.set(MANIFEST_PATH, manifestBytes)
  const signer = await createBundleSigner(identity)
  out.set(SIGNATURE_PATH, await signer.sign(manifestBytes))
  return out
}

/** The same cases and statistics as `bundle`, signed by `identity` (a room the test controls). */
export async function reassemble(bundle: VerifiedBundle, identity: SigningIdentity): Promise<Uint8Array> {
  const {
    format: _f,
    schemaVersion: _v,
    files: _files,
    signer: _s,
    counts: _c,
    ...manifest
  } = bundle.manifest
  const groups: (typeof bundle.cases)[] = []
  for (let i = 0; i < bundle.cases.length; i += CASES_PER_FILE)
    groups.push(bundle.cases.slice(i, i + CASES_PER_FILE))
  const built = await assembleBundle(
    {
      manifest,
      cases: groups,
      statistics: bundle.statistics,
      tablesXlsx: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
    },
    await createBundleSigner(identity),
  )
  return built.bytes
}

export async function freshIdentity(name = '测试调解委员会'): Promise<SigningIdentity> {
  return createSelfIssuedIdentity({ organisation: name, region: '大连市' })
}

export { verifyBundle }

/** Rewrites fields of one entry's central-directory record (what a reader lists before inflating). */
export function patchCentralDirectory(
  zip: Uint8Array,
  name: string,
  patch: { uncompressedSize?: number; compressedSize?: number; method?: number },
): Uint8Array {
  const out = new Uint8Array(zip)
  const view = new DataView(out.buffer)
  const wanted = new TextEncoder().encode(name)
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    const nameLength = view.getUint16(i + 28, true)
    const found = out.subarray(i + 46, i + 46 + nameLength)
    if (nameLength !== wanted.length || !found.every((b, k) => b === wanted[k])) continue
    if (patch.uncompressedSize !== undefined) view.setUint32(i + 24, patch.uncompressedSize, true)
    if (patch.compressedSize !== undefined) view.setUint32(i + 20, patch.compressedSize, true)
    if (patch.method !== undefined) view.setUint16(i + 10, patch.method, true)
    return out
  }
  throw new Error(`no central directory record for ${name}`)
}

/** A zip holding the given entries in order, names repeated as given (zipSync cannot repeat one). */
export function zipWithRepeats(entries: [string, Uint8Array][]): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((err, data) => {
    if (err) throw err
    chunks.push(data)
  })
  for (const [name, data] of entries) {
    const f = new ZipPassThrough(name)
    zip.add(f)
    f.push(data, true)
  }
  zip.end()
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

export interface BundleFixture {
  identity: SigningIdentity
  /** A valid bundle signed by `identity`. */
  bytes: Uint8Array
  entries: Entries
  verified: VerifiedBundle
}

/** A valid bundle (from a room's real export) re-signed by an identity the test holds. */
export async function bundleFixture(roomBundle: Uint8Array): Promise<BundleFixture> {
  const identity = await freshIdentity()
  const bytes = await reassemble(await verifyBundle(roomBundle), identity)
  return { identity, bytes, entries: unzipAll(bytes), verified: await verifyBundle(bytes) }
}

/** Where each entry's bytes lie in a zip of stored (uncompressed) entries. */
export function storedSpans(zip: Uint8Array): Map<string, { start: number; size: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const spans = new Map<string, { start: number; size: number }>()
  const end = zip.length - 22
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))
    const size = view.getUint32(at + 20, true)
    const local = view.getUint32(at + 42, true)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    spans.set(name, { start, size })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return spans
}
