/**
 * Reading a bundle before anything of it is used. In order, each step refusing with one
 * BundleError:
 *   1. the zip's size, then its listing against the limits (structure, entry count, declared sizes,
 *      names, compression — nothing inflated yet) and the names a bundle may hold;
 *   2. manifest.json, manifest.sig and signer.pem present and within their own limits (1 MB, 1 KB,
 *      16 KB) — still nothing inflated;
 *   3. those three inflated (streaming, never past their declared sizes) and the signature over the
 *      manifest's exact bytes checked — by the caller's SignatureCheck: against a registry
 *      (bundle-signature.ts) or the bundle's own certificate (verify-bundle.ts);
 *   4. only then the manifest parsed (guarded JSON, format and schema version, the strict schema),
 *      its signer named as the key that verified, exactly the listed files present, and signer.pem's
 *      hash and fingerprint against the manifest;
 *   5. each listed file in manifest order — its declared size, then inflated (stopping at that size)
 *      and its SHA-256 against the manifest; then each file's schema, the counts and what a
 *      de-identified bundle may not hold.
 * Throughout, a deadline for the whole read and the caller's cancellation (read-budget.ts). Only a
 * bundle that passes every step is returned, so callers never see a half-checked one.
 */
import type { z } from 'zod'
import { BundleError } from './bundle-errors'
import {
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_SCHEMA_VERSION,
  casesFileSchema,
  LISTED_PATH,
  MANIFEST_PATH,
  manifestSchema,
  SIGNATURE_PATH,
  SIGNER_PATH,
  STATISTICS_PATH,
  statisticsFileSchema,
  type BundleCase,
  type BundleLimits,
  type Manifest,
  type StatisticsFile,
} from './bundle-schema'
import { sha256Hex } from './hash'
import { inflateEntry } from './inflate-entry'
import { ReadBudget } from './read-budget'
import { parseUntrustedJson } from './safe-json'
import { pemFingerprint, type SignerCertificate, type TrustedSigners } from './signer'
import { listZip, type ZipEntryInfo } from './zip-reader'

export interface VerifyOptions {
  /**
   * The registered signers (a district's rooms), parsed when they were registered. Without a
   * registry the bundle's own certificate is used, and any certificate whose signature holds is
   * accepted (and named) — the command line's mode without --room-cert.
   */
  trusted?: TrustedSigners
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  limits?: BundleLimits
  /**
   * false: check every case but keep none (`cases` comes back empty) — a district importing a large
   * bundle reads the case files again, one at a time, with `readCasesFile`.
   */
  keepCases?: boolean
  /** Milliseconds, monotonic, for the time limit (tests drive it). */
  clock?: () => number
  /** Every chunk inflated, by entry (size accounting for tests). */
  onInflate?: (path: string, bytes: number) => void
}

export interface VerifiedSigner {
  fingerprint: string
  subject: string
  notBefore: string
  notAfter: string
}

export interface VerifiedBundle {
  manifest: Manifest
  /** Lower-case hex SHA-256 of manifest.json: the bundle's identity (a re-import has the same). */
  manifestHash: string
  signer: VerifiedSigner
  certificatePem: string
  /** Every case, unless `keepCases: false`. */
  cases: BundleCase[]
  /** The case files, in manifest order. */
  caseFiles: string[]
  statistics: StatisticsFile
}

/** A zip already listed and checked: what reading its entries again needs. */
export interface ListedZip {
  bytes: Uint8Array
  entries: ReadonlyMap<string, ZipEntryInfo>
  limits: BundleLimits
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function parseWith<S extends z.ZodType>(schema: S, value: unknown, path: string): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new BundleError('schema-invalid', {
    path,
    field: issue?.path.map(String).join('.') || '(root)',
    problem: (issue?.message ?? '').slice(0, 120),
  })
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Lets a screen paint (or a worker's owner be heard) between files, at most every 50 ms. */
let lastBreath = 0
async function breathe(): Promise<void> {
  if (Date.now() - lastBreath < 50) return
  await new Promise<void>((resolve) => setTimeout(resolve, 0))
  lastBreath = Date.now()
}

function entryOf(zip: ListedZip, path: string): ZipEntryInfo {
  const entry = zip.entries.get(path)
  if (!entry) throw new BundleError('missing-file', { path })
  return entry
}

function readManifest(bytes: Uint8Array): Manifest {
  const raw = parseUntrustedJson(bytes, MANIFEST_PATH)
  if (!isRecord(raw) || raw.format !== BUNDLE_FORMAT) throw new BundleError('wrong-format')
  if (raw.schemaVersion !== BUNDLE_SCHEMA_VERSION) {
    throw new BundleError('schema-version', {
      found: JSON.stringify(raw.schemaVersion ?? null).slice(0, 20),
      supported: BUNDLE_SCHEMA_VERSION,
    })
  }
  return parseWith(manifestSchema, raw, MANIFEST_PATH)
}

/** What a de-identified bundle (or one without free text) must not contain. */
function checkDisclosure(manifest: Manifest, c: BundleCase, path: string, index: number): void {
  const refuse = (field: string) => {
    throw new BundleError('schema-invalid', {
      path,
      field: `cases.${index}.${field}`,
      problem: 'not allowed',
    })
  }
  if (!manifest.identified) {
    if (c.caseNo !== undefined) refuse('caseNo')
    c.parties.forEach((p, i) => p.identity !== undefined && refuse(`parties.${i}.identity`))
  }
  if (!manifest.includesFreeText) {
    if (c.facts !== undefined) refuse('facts')
    if (c.requests !== undefined) refuse('requests')
  }
}

/** One listed file inflated again (it passed its size and hash checks), within the budget. */
function reread(zip: ListedZip, path: string, budget: ReadBudget): Uint8Array {
  return inflateEntry(zip.bytes, entryOf(zip, path), zip.limits.maxEntryBytes, budget)
}

/** The cases of one case file, checked against the schema and what the manifest allows. */
export function readCasesFile(
  zip: ListedZip,
  manifest: Manifest,
  path: string,
  budget = new ReadBudget({ maxReadSeconds: zip.limits.maxReadSeconds }),
): BundleCase[] {
  const file = parseWith(casesFileSchema, parseUntrustedJson(reread(zip, path, budget), path), path)
  file.cases.forEach((c, k) => checkDisclosure(manifest, c, path, k))
  return file.cases
}

/** Steps 1–2: the listing, and the entries a signature check needs, still not inflated. */
function listBundle(bytes: Uint8Array, limits: BundleLimits): ListedZip {
  if (bytes.byteLength > limits.maxBundleBytes) {
    throw new BundleError('too-large', { size: bytes.byteLength, max: limits.maxBundleBytes })
  }
  const listing = listZip(bytes, limits)
  for (const e of listing) {
    if (e.name !== MANIFEST_PATH && e.name !== SIGNATURE_PATH && !LISTED_PATH.test(e.name)) {
      throw new BundleError('unexpected-file', { path: e.name })
    }
  }
  const zip = { bytes, entries: new Map(listing.map((e) => [e.name, e])), limits }
  const small: [string, number][] = [
    [MANIFEST_PATH, limits.maxManifestBytes],
    [SIGNATURE_PATH, limits.maxSignatureBytes],
    [SIGNER_PATH, limits.maxCertificateBytes],
  ]
  for (const [path, max] of small) {
    const { size } = entryOf(zip, path)
    if (size > max) throw new BundleError('entry-too-large', { path, size, max })
  }
  return zip
}

/**
 * Step 3's signature check, chosen by the caller (verify-bundle.ts): the registry's
 * (bundle-signature.ts, no node-forge) or, without a registry, the bundle's own certificate's.
 */
export type SignatureCheck = (
  manifest: Uint8Array,
  signature: Uint8Array,
  pem: Uint8Array,
) => Promise<SignerCertificate>

/** Every step above; hands back the checked listing too, for reading the case files again. */
export async function readBundle(
  bytes: Uint8Array,
  options: VerifyOptions,
  checkSignature: SignatureCheck,
): Promise<{ bundle: VerifiedBundle; zip: ListedZip }> {
  const limits = options.limits ?? BUNDLE_LIMITS
  const budget = new ReadBudget({
    maxReadSeconds: limits.maxReadSeconds,
    signal: options.signal,
    clock: options.clock,
    onInflate: options.onInflate,
    onProgress: options.onProgress,
  })
  budget.check()
  const zip = listBundle(bytes, limits)

  // 3. The signature, over bytes nothing has parsed yet.
  const small = (path: string, max: number) => {
    const entry = entryOf(zip, path)
    const data = inflateEntry(bytes, entry, max, budget)
    // Data that ends before its declared size: a truncated or spliced entry.
    if (data.length !== entry.size) throw new BundleError('zip-corrupt')
    return data
  }
  const manifestBytes = small(MANIFEST_PATH, limits.maxManifestBytes)
  const signatureBytes = small(SIGNATURE_PATH, limits.maxSignatureBytes)
  const pemBytes = small(SIGNER_PATH, limits.maxCertificateBytes)
  const cert = await checkSignature(manifestBytes, signatureBytes, pemBytes)

  // 4. The manifest, now that its signer vouches for it.
  budget.check()
  const manifest = readManifest(manifestBytes)
  if (manifest.signer.fingerprint !== cert.fingerprint) throw new BundleError('signer-mismatch')
  const listed = manifest.files
  const listedPaths = new Set(listed.map((f) => f.path))
  for (const f of listed) entryOf(zip, f.path)
  for (const name of zip.entries.keys()) {
    if (name !== MANIFEST_PATH && name !== SIGNATURE_PATH && !listedPaths.has(name)) {
      throw new BundleError('unexpected-file', { path: name })
    }
  }
  const pemIndex = listed.findIndex((f) => f.path === SIGNER_PATH)
  if ((await sha256Hex(pemBytes)) !== listed[pemIndex]?.sha256) {
    throw new BundleError('hash-mismatch', { index: pemIndex + 1, path: SIGNER_PATH })
  }
  let certificatePem: string
  try {
    certificatePem = decoder.decode(pemBytes)
  } catch {
    throw new BundleError('certificate-invalid')
  }
  // The certificate the bundle carries is the one that signed (with a registry: the registered one).
  if (options.trusted && (await pemFingerprint(pemBytes)) !== cert.fingerprint) {
    throw new BundleError('signer-mismatch')
  }

  // 5a. Integrity first: every file's size and hash, before any of them is parsed.
  budget.expect(2 * listed.reduce((n, f) => n + f.size, 0))
  for (let i = 0; i < listed.length; i++) {
    const f = listed[i] as (typeof listed)[number]
    const position = { index: i + 1, path: f.path }
    if (entryOf(zip, f.path).size !== f.size) throw new BundleError('size-mismatch', position)
    const data = reread(zip, f.path, budget)
    if (data.length !== f.size) throw new BundleError('size-mismatch', position)
    if ((await sha256Hex(data)) !== f.sha256) throw new BundleError('hash-mismatch', position)
    budget.advance(f.size)
    await breathe()
  }

  // 5b. Then content: each JSON file against its schema (inflated again, one at a time, to bound memory).
  const cases: BundleCase[] = []
  const caseIds = new Set<string>()
  let statistics: StatisticsFile | null = null
  let parties = 0
  for (const { path, size } of listed) {
    budget.check()
    if (path === STATISTICS_PATH) {
      const raw = parseUntrustedJson(reread(zip, path, budget), path)
      statistics = parseWith(statisticsFileSchema, raw, path)
    } else if (path.startsWith('cases/')) {
      for (const c of readCasesFile(zip, manifest, path, budget)) {
        if (caseIds.has(c.id)) throw new BundleError('duplicate-case', { path, id: c.id })
        caseIds.add(c.id)
        parties += c.partyCount
        if (options.keepCases !== false) cases.push(c)
      }
    }
    budget.advance(size)
    await breathe()
  }
  if (!statistics) throw new BundleError('missing-file', { path: STATISTICS_PATH })
  if (caseIds.size !== manifest.counts.cases || parties !== manifest.counts.parties) {
    throw new BundleError('count-mismatch', { declared: manifest.counts.cases, found: caseIds.size })
  }
  const bundle: VerifiedBundle = {
    manifest,
    manifestHash: await sha256Hex(manifestBytes),
    signer: {
      fingerprint: cert.fingerprint,
      subject: cert.subject,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
    },
    certificatePem,
    cases,
    caseFiles: listed.map((f) => f.path).filter((p) => p.startsWith('cases/')),
    statistics,
  }
  return { bundle, zip }
}
