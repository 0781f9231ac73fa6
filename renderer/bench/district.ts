/**
 * The district import benchmark's side of the bench page (driven by tests/bench/district.ts,
 * `npm run bench:district`): a district workspace on the browser's real IndexedDB — first-run setup,
 * role `district`, the sending room registered by its certificate — then one timed
 * `repositories.district.importBundle` of a bundle the runner serves beside the page. Setting up and
 * fetching the bundle are a separate call, so the runner measures memory during the import alone.
 * Exposes `window.__benchDistrict = { prepare(bundleUrl, certificatePem), importBundle() }`.
 */
import type { MediationDb } from '../src/data'
import type { Repositories } from '../src/data/repositories'
import { freshWorkspace } from './workspace'

const DISTRICT_DB = 'mediation-room-bench-district'

export interface DistrictPrepared {
  bundleBytes: number
}

export interface DistrictImportResult {
  status: string
  cases: number
  added: number
  totalMs: number
  /** When the verification ended (ms from the start): the merge takes the rest. */
  verifyMs: number
  storageBytes: number | null
}

declare global {
  interface Window {
    __benchDistrict?: {
      prepare(bundleUrl: string, certificatePem: string): Promise<DistrictPrepared>
      importBundle(): Promise<DistrictImportResult>
    }
  }
}

let state: { db: MediationDb; repos: Repositories; bytes: Uint8Array | null } | null = null

const progress = (message: string) => window.__benchProgress?.(message)

async function prepare(bundleUrl: string, certificatePem: string): Promise<DistrictPrepared> {
  state?.db.close()
  state = null
  const { db, repos } = await freshWorkspace(DISTRICT_DB, '大连市甘井子区司法局')
  await repos.exports.setRole('district')
  await repos.district.registerRoom({ name: '泉水街道调委会', certificatePem })
  const response = await fetch(bundleUrl)
  if (!response.ok) throw new Error(`bundle: HTTP ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  state = { db, repos, bytes }
  return { bundleBytes: bytes.length }
}

async function importBundle(): Promise<DistrictImportResult> {
  if (!state?.bytes) throw new Error('prepare() first')
  const bytes = state.bytes
  // The page keeps no reference of its own to the bundle once the import has it.
  state.bytes = null
  let verifyMs = 0
  let lastReport = 0
  const start = performance.now()
  const result = await state.repos.district.importBundle(bytes, 'bench.zip', {
    onProgress: ({ phase, done, total }) => {
      const at = performance.now() - start
      if (phase === 'verify' && done === total) verifyMs = at
      if (at - lastReport > 5000 || done === total) {
        lastReport = at
        void progress(`${phase} ${done}/${total} (${(at / 1000).toFixed(1)} s)`)
      }
    },
  })
  const totalMs = performance.now() - start
  if (result.status !== 'imported') throw new Error(`import: ${result.status}`)
  const estimate = await navigator.storage?.estimate?.().catch(() => null)
  return {
    status: result.status,
    cases: result.summary.cases,
    added: result.summary.added,
    totalMs,
    verifyMs,
    storageBytes: estimate?.usage ?? null,
  }
}

window.__benchDistrict = { prepare, importBundle }
