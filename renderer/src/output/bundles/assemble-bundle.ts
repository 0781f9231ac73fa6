/**
 * Writing a bundle: the case files, statistics.json, tables.xlsx and signer.pem are each serialised,
 * hashed (SHA-256) and deflated into the zip as they come, so a 100,000-case export never holds
 * more than one case file's text at a time; then the manifest listing every file with its size and
 * hash is written and signed, and the signature stored beside it as raw bytes.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { BundleError } from '../../domain/export/bundle-errors'
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  casesPath,
  CASES_PER_FILE,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  SIGNER_PATH,
  STATISTICS_PATH,
  TABLES_PATH,
  type BundleCase,
  type Manifest,
  type StatisticsFile,
} from '../../domain/export/bundle-schema'
import { parseCertificate } from '../../domain/export/certificate'
import { sha256Hex } from '../../domain/export/hash'
import type { BundleSigner } from './bundle-signer'

/** The manifest's own facts; the format, version, counts, signer and file list are filled in here. */
export type ManifestBase = Omit<Manifest, 'format' | 'schemaVersion' | 'files' | 'signer' | 'counts'>

export interface BundleContent {
  manifest: ManifestBase
  /** The cases in groups of at most CASES_PER_FILE (each group becomes one file). */
  cases: AsyncIterable<BundleCase[]> | Iterable<BundleCase[]>
  /** Values, or (when they depend on the cases streamed) functions called once every case is written. */
  statistics: StatisticsFile | (() => Promise<StatisticsFile>)
  tablesXlsx: Uint8Array | (() => Promise<Uint8Array>)
}

const settle = async <T>(v: T | (() => Promise<T>)): Promise<T> =>
  typeof v === 'function' ? (v as () => Promise<T>)() : v

export interface AssembleOptions {
  signal?: AbortSignal
  /** Called after each file with the number of cases written so far. */
  onCases?: (written: number) => void
}

export interface AssembledBundle {
  bytes: Uint8Array<ArrayBuffer>
  manifest: Manifest
  manifestHash: string
}

const encoder = new TextEncoder()
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export async function assembleBundle(
  content: BundleContent,
  signer: BundleSigner,
  options: AssembleOptions = {},
): Promise<AssembledBundle> {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((err, data) => {
    if (err) failure = err
    else chunks.push(data)
  })
  const mtime = new Date(content.manifest.createdAt)
  const files: Manifest['files'] = []
  const add = async (path: string, bytes: Uint8Array, compress = true) => {
    if (options.signal?.aborted) throw new BundleError('cancelled')
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path)
    entry.mtime = mtime
    zip.add(entry)
    entry.push(bytes, true)
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH) {
      files.push({ path, sha256: await sha256Hex(bytes), size: bytes.length })
    }
    await breathe()
  }

  let part = 0
  let caseCount = 0
  let partyCount = 0
  for await (const group of content.cases) {
    if (group.length === 0) continue
    if (group.length > CASES_PER_FILE)
      throw new Error(`assemble: more than ${CASES_PER_FILE} cases in one file`)
    part++
    await add(casesPath(part), encoder.encode(JSON.stringify({ part, cases: group })))
    caseCount += group.length
    partyCount += group.reduce((n, c) => n + c.partyCount, 0)
    options.onCases?.(caseCount)
  }
  await add(STATISTICS_PATH, encoder.encode(JSON.stringify(await settle(content.statistics))))
  await add(TABLES_PATH, await settle(content.tablesXlsx), false)
  await add(SIGNER_PATH, encoder.encode(signer.certificatePem))

  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    ...content.manifest,
    counts: { cases: caseCount, parties: partyCount },
    signer: { fingerprint: parseCertificate(signer.certificatePem).fingerprint },
    // Case files first in the zip, but listed in a reader's natural order: signer, statistics, tables, cases.
    files: [...files].sort((a, b) => order(a.path) - order(b.path) || (a.path < b.path ? -1 : 1)),
  }
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`)
  await add(MANIFEST_PATH, manifestBytes)
  await add(SIGNATURE_PATH, await signer.sign(manifestBytes), false)
  zip.end()
  if (failure) throw failure

  const total = chunks.reduce((n, c) => n + c.length, 0)
  const bytes = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    bytes.set(c, at)
    at += c.length
  }
  return { bytes, manifest, manifestHash: await sha256Hex(manifestBytes) }
}

const ORDER = [SIGNER_PATH, STATISTICS_PATH, TABLES_PATH]
function order(path: string): number {
  const i = ORDER.indexOf(path)
  return i === -1 ? ORDER.length : i
}
