/**
 * Verifying a bundle before anything of it is used. In order, each step refusing with one
 * BundleError: the zip's size; its listing against the limits (nothing inflated yet); the set of
 * entries; the manifest (guarded JSON, format and schema version, then the strict schema); the
 * signer's certificate, its fingerprint against the manifest and the signature over the manifest's
 * exact bytes; whether the signer is registered (when the caller keeps a registry); then each listed
 * file in manifest order — its size, its SHA-256 against the manifest, its schema — and finally the
 * counts and what a de-identified bundle may not hold. Only a bundle that passes every step is
 * returned, so callers never see a half-checked one.
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
import { formatFingerprint, parseCertificate, verifySignature } from './certificate'
import { sha256Hex } from './hash'
import { parseUntrustedJson } from './safe-json'
import { listZip, readZipEntry, type ZipEntryInfo } from './zip-reader'

export interface VerifyOptions {
  /** The district's registry; without one, any certificate whose signature holds is accepted (and named). */
  isKnownSigner?: (fingerprint: string) => boolean | Promise<boolean>
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  limits?: BundleLimits
  /**
   * false: check every case but keep none (`cases` comes back empty) — a district importing a large
   * bundle reads the case files again, one at a time, with `readCasesFile`.
   */
  keepCases?: boolean
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

function checkNotCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new BundleError('cancelled')
}

/** Lets the screen paint a progress bar between files (at most every 50 ms: small bundles stay quick). */
let lastBreath = 0
async function breathe(): Promise<void> {
  if (Date.now() - lastBreath < 50) return
  await new Promise<void>((resolve) => setTimeout(resolve, 0))
  lastBreath = Date.now()
}

function readSmall(
  zip: Uint8Array,
  entries: Map<string, ZipEntryInfo>,
  path: string,
  max: number,
): Uint8Array {
  const entry = entries.get(path)
  if (!entry) throw new BundleError('missing-file', { path })
  if (entry.size > max) throw new BundleError('entry-too-large', { path, size: entry.size, max })
  return readZipEntry(zip, path)
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

/** The cases of one case file, checked against the schema and what the manifest allows. */
export function readCasesFile(zip: Uint8Array, manifest: Manifest, path: string): BundleCase[] {
  const file = parseWith(casesFileSchema, parseUntrustedJson(readZipEntry(zip, path), path), path)
  file.cases.forEach((c, k) => checkDisclosure(manifest, c, path, k))
  return file.cases
}

export async function verifyBundle(zip: Uint8Array, options: VerifyOptions = {}): Promise<VerifiedBundle> {
  const limits = options.limits ?? BUNDLE_LIMITS
  const { signal } = options
  if (zip.byteLength > limits.maxBundleBytes) {
    throw new BundleError('too-large', { size: zip.byteLength, max: limits.maxBundleBytes })
  }
  const listing = listZip(zip, limits)
  const entries = new Map(listing.map((e) => [e.name, e]))
  for (const e of listing) {
    if (e.name !== MANIFEST_PATH && e.name !== SIGNATURE_PATH && !LISTED_PATH.test(e.name)) {
      throw new BundleError('unexpected-file', { path: e.name })
    }
  }

  const manifestBytes = readSmall(zip, entries, MANIFEST_PATH, limits.maxManifestBytes)
  const manifest = readManifest(manifestBytes)
  const signatureBytes = readSmall(zip, entries, SIGNATURE_PATH, limits.maxSignatureBytes)
  const pemBytes = readSmall(zip, entries, SIGNER_PATH, limits.maxCertificateBytes)
  const listed = manifest.files
  const pemIndex = listed.findIndex((f) => f.path === SIGNER_PATH)
  const pemEntry = listed[pemIndex]
  if (!pemEntry || (await sha256Hex(pemBytes)) !== pemEntry.sha256) {
    throw new BundleError('hash-mismatch', { index: pemIndex + 1, path: SIGNER_PATH })
  }
  let certificatePem: string
  try {
    certificatePem = decoder.decode(pemBytes)
  } catch {
    throw new BundleError('certificate-invalid')
  }
  const cert = parseCertificate(certificatePem)
  if (cert.fingerprint !== manifest.signer.fingerprint) throw new BundleError('signer-mismatch')
  if (!(await verifySignature(cert, manifestBytes, signatureBytes)))
    throw new BundleError('signature-invalid')
  if (options.isKnownSigner && !(await options.isKnownSigner(cert.fingerprint))) {
    throw new BundleError('unknown-signer', { fingerprint: formatFingerprint(cert.fingerprint) })
  }

  // Exactly the listed files, no more, no fewer.
  const listedPaths = new Set(listed.map((f) => f.path))
  for (const f of listed) if (!entries.has(f.path)) throw new BundleError('missing-file', { path: f.path })
  for (const e of listing) {
    if (e.name !== MANIFEST_PATH && e.name !== SIGNATURE_PATH && !listedPaths.has(e.name)) {
      throw new BundleError('unexpected-file', { path: e.name })
    }
  }

  // Integrity first: every file's size and hash, before any of them is parsed.
  const total = listed.length * 2
  for (let i = 0; i < listed.length; i++) {
    checkNotCancelled(signal)
    const f = listed[i] as (typeof listed)[number]
    const position = { index: i + 1, path: f.path }
    if ((entries.get(f.path) as ZipEntryInfo).size !== f.size)
      throw new BundleError('size-mismatch', position)
    const bytes = readZipEntry(zip, f.path)
    if (bytes.length !== f.size) throw new BundleError('size-mismatch', position)
    if ((await sha256Hex(bytes)) !== f.sha256) throw new BundleError('hash-mismatch', position)
    options.onProgress?.(i + 1, total)
    await breathe()
  }

  // Then content: each JSON file against its schema (inflated again, one at a time, to bound memory).
  const cases: BundleCase[] = []
  const caseIds = new Set<string>()
  let statistics: StatisticsFile | null = null
  let parties = 0
  for (let i = 0; i < listed.length; i++) {
    checkNotCancelled(signal)
    const { path } = listed[i] as (typeof listed)[number]
    if (path === STATISTICS_PATH) {
      statistics = parseWith(statisticsFileSchema, parseUntrustedJson(readZipEntry(zip, path), path), path)
    } else if (path.startsWith('cases/')) {
      for (const c of readCasesFile(zip, manifest, path)) {
        if (caseIds.has(c.id)) throw new BundleError('duplicate-case', { path, id: c.id })
        caseIds.add(c.id)
        parties += c.partyCount
        if (options.keepCases !== false) cases.push(c)
      }
    }
    options.onProgress?.(listed.length + i + 1, total)
    await breathe()
  }
  if (!statistics) throw new BundleError('missing-file', { path: STATISTICS_PATH })
  if (caseIds.size !== manifest.counts.cases || parties !== manifest.counts.parties) {
    throw new BundleError('count-mismatch', { declared: manifest.counts.cases, found: caseIds.size })
  }
  return {
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
}
