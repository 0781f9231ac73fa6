/**
 * The benchmark page (built beside the app as bench/index.html, driven by tests/bench/run.ts).
 * It runs the real data layer in the browser — first-run setup, Argon2id, the encrypting codec,
 * blind indexes, the audit chain — over many generated cases, and, as baselines, the same index
 * query and full scans over an unencrypted Dexie database holding the same cases in plain rows.
 * Exposes `window.__bench = { seed(count), run(options) }`.
 */
import { Dexie } from 'dexie'
import type { MediationDb } from '../src/data'
import type { Repositories } from '../src/data/repositories'
import type { CaseStatus, DisputeType } from '../src/domain/cases/catalogues'
import type { CaseDraft } from '../src/domain/cases/draft'
import { generateDemoCases } from '../src/demo'
import { metric, quantile, round, type Metric } from './metrics'
import { openRaw, plainRows, RAW_DB, type RawDb } from './raw-store'
import { Rng } from '../src/demo/random'
export type { Metric } from './metrics'
// The district import benchmark (npm run bench:district) lives on the same page.
import './district'
import { freshWorkspace } from './workspace'
import { benchBackup } from './backup'

const APP_DB = 'mediation-room-bench'
const SEED = 20261125
const NOW = new Date()

export interface SeedResult {
  cases: number
  chunk: number
  totalMs: number
  generateMs: number
  importMs: number
  rawMs: number
  /** Copying the app's due dates onto the plain rows (not part of either seeding time). */
  dueDatesMs: number
  chunkMs: number[]
  storageBytes: number | null
  /** Blind-index tokens per stored case (mean, and the largest): each is an index entry. */
  tokensPerCase: { mean: number; max: number }
}

export interface RunOptions {
  runs?: number
  /** Skip the full-scan baselines (they take seconds per run at 100k). */
  skipScans?: boolean
  /** Runs of backup, verify, restore and the plain export (each takes long: own count; 0 skips). */
  backupRuns?: number
}

export interface RunResult {
  metrics: Metric[]
  notes: Record<string, string | number | boolean>
}

declare global {
  interface Window {
    __bench?: {
      seed(count: number, chunk?: number): Promise<SeedResult>
      run(options?: RunOptions): Promise<RunResult>
    }
    /** Set by the runner (page.exposeFunction) to print progress. */
    __benchProgress?: (message: string) => Promise<void>
  }
}

let state: { db: MediationDb; raw: RawDb; repos: Repositories; count: number } | null = null

const progress = (message: string) => window.__benchProgress?.(message)

/** Dexie's errors do not survive page.evaluate: say what failed, with the inner error and the storage used. */
const failed = (what: string) => async (e: unknown) => {
  const err = e as { name?: string; message?: string; inner?: { name?: string; message?: string } }
  const estimate = await navigator.storage?.estimate?.().catch(() => null)
  const mb = (n?: number) => (n == null ? '?' : `${Math.round(n / 1e6)} MB`)
  throw new Error(
    `${what}: ${err.name ?? 'Error'}: ${err.message ?? String(e)}` +
      (err.inner ? ` (inner ${err.inner.name}: ${err.inner.message})` : '') +
      ` [storage ${mb(estimate?.usage)} of ${mb(estimate?.quota)}]`,
  )
}

async function seed(count: number, chunk = 2000): Promise<SeedResult> {
  state?.db.close()
  state?.raw.close()
  state = null
  await Dexie.delete(RAW_DB)
  const { db, repos } = await freshWorkspace(APP_DB, '大连市甘井子区某街道人民调解委员会')
  const raw = openRaw()

  let generateMs = 0
  let importMs = 0
  let rawMs = 0
  const chunkMs: number[] = []
  const started = performance.now()
  for (let start = 0; start < count; start += chunk) {
    const size = Math.min(chunk, count - start)
    let t = performance.now()
    // Generated chunk by chunk: never 100k drafts and their sealed rows in memory at once.
    const drafts = generateDemoCases({ seed: SEED, count: size, now: NOW, startIndex: start })
    generateMs += performance.now() - t
    t = performance.now()
    const imported = await repos.cases.importDrafts(drafts).catch(failed(`importDrafts at case ${start}`))
    if (imported !== size) throw new Error(`importDrafts stored ${imported} of ${size}`)
    const took = performance.now() - t
    importMs += took
    chunkMs.push(round(took))
    t = performance.now()
    await raw.cases.bulkAdd(plainRows(drafts, start)).catch(failed(`plain rows at case ${start}`))
    rawMs += performance.now() - t
    const done = start + size
    const elapsed = (performance.now() - started) / 1000
    await progress(
      `seeded ${done}/${count} (chunk ${Math.round(took)} ms, ${elapsed.toFixed(0)} s elapsed, ~${Math.round((elapsed / done) * (count - done))} s to go)`,
    )
  }
  // The plain rows get the app's due dates (a plain field), so the raw dashboard count walks the
  // same ranges: the k-th stored case's date onto the k-th plain row.
  const t = performance.now()
  const dueDates: string[] = []
  await db.cases.each((r) => void dueDates.push(r.dueDate))
  let k = 0
  await raw.cases.toCollection().modify((r) => {
    r.dueDate = dueDates[k++] ?? ''
  })
  const dueDatesMs = performance.now() - t
  state = { db, raw, repos, count }
  let tokens = 0
  let most = 0
  await db.cases.each((r) => {
    const n = r.tokens?.length ?? 0
    tokens += n
    most = Math.max(most, n)
  })
  const estimate = await navigator.storage?.estimate?.().catch(() => null)
  return {
    cases: count,
    chunk,
    totalMs: round(generateMs + importMs),
    generateMs: round(generateMs),
    importMs: round(importMs),
    rawMs: round(rawMs),
    dueDatesMs: round(dueDatesMs),
    chunkMs,
    storageBytes: estimate?.usage ?? null,
    tokensPerCase: { mean: round(tokens / count), max: most },
  }
}

/** What the searches look for: taken from generated cases, so they are known to exist. */
function targets(count: number) {
  const at = (i: number) =>
    generateDemoCases({ seed: SEED, count: 1, now: NOW, startIndex: i })[0] as CaseDraft
  const start = Math.floor(count * 0.37)
  let name = ''
  let idNumber = ''
  let word = ''
  const words = [
    '赡养费',
    '抚养费',
    '渗水',
    '物业费',
    '宅基地',
    '借款',
    '工伤',
    '油烟',
    '预付',
    '追尾',
    '拖欠',
    '装修',
  ]
  for (let i = start; i < count && (!name || !idNumber || !word); i++) {
    const c = at(i)
    for (const p of c.parties) {
      if (!name && p.type === 'person' && [...p.name].length >= 2) name = p.name
      if (!idNumber && p.type === 'person' && p.idType === 'resident-id' && p.idNumber) idNumber = p.idNumber
    }
    word ||= words.find((w) => c.facts.includes(w)) ?? ''
  }
  return { name, idNumber, word }
}

/** The most common status × dispute type in the generated data (a long index range). */
const STATUS: CaseStatus = 'archived'
const TYPE: DisputeType = 'neighbourhood'

async function run(options: RunOptions = {}): Promise<RunResult> {
  if (!state) throw new Error('seed() first')
  const { repos, raw, db, count } = state
  const cases = repos.cases as Repositories['cases'] & { detail?: (id: string) => Promise<unknown> }
  const runs = Math.max(20, options.runs ?? 20)
  const metrics: Metric[] = []
  const notes: RunResult['notes'] = { runs }

  const measure = async (name: string, fn: (i: number) => Promise<unknown>, n = runs) => {
    await fn(-1)
    await fn(-2)
    const times: number[] = []
    for (let i = 0; i < n; i++) {
      const t = performance.now()
      await fn(i)
      times.push(performance.now() - t)
    }
    const m = metric(name, count, times)
    metrics.push(m)
    await progress(`${name}: median ${m.median_ms} ms, p95 ${m.p95_ms} ms`)
  }

  const { name, idNumber, word } = targets(count)
  Object.assign(notes, {
    partyName: name,
    idNumber: `${idNumber.slice(0, 6)}…`,
    factsWord: word,
    status: STATUS,
    disputeType: TYPE,
  })

  const page = { sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 20 } as const
  await measure('list.first-page', () => repos.cases.list(page))
  notes['list.first-page.total'] = (await repos.cases.list(page)).total
  const filtered = { ...page, status: STATUS, disputeType: TYPE }
  await measure('list.status-type', () => repos.cases.list(filtered))
  notes['list.status-type.total'] = (await repos.cases.list(filtered)).total

  await measure('search.party-name', () => repos.cases.search(name))
  notes['search.party-name.hits'] = (await repos.cases.search(name)).length
  await measure('search.id-number', () => repos.cases.search(idNumber))
  notes['search.id-number.hits'] = (await repos.cases.search(idNumber)).length
  await measure('search.facts-words', () => repos.cases.search(word))
  notes['search.facts-words.hits'] = (await repos.cases.search(word)).length

  // case.open: a different random case each time, with its parties and records decrypted.
  const ids = (await db.cases.toCollection().primaryKeys()) as string[]
  const pick = new Rng(SEED)
  const hasDetail = typeof cases.detail === 'function'
  const probe = (await repos.cases.get(ids[0] as string)) as object | undefined
  const getHasRecords = !!probe && 'records' in probe
  notes['case.open.via'] = hasDetail
    ? 'cases.detail'
    : getHasRecords
      ? 'cases.get (with records)'
      : 'cases.get + cases.records'
  await measure('case.open', async () => {
    const id = ids[pick.int(0, ids.length - 1)] as string
    if (hasDetail) return cases.detail?.(id)
    if (getHasRecords) return repos.cases.get(id)
    return Promise.all([repos.cases.get(id), repos.cases.records(id)])
  })

  if (typeof repos.cases.deadlineCounts === 'function') {
    const today = new Date().toISOString().slice(0, 10)
    await measure('dashboard.counts', () => repos.cases.deadlineCounts(today))
    const counts = await repos.cases.deadlineCounts(today)
    const open = await raw.cases.where('[open+dueDate]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count()
    // Baseline: the same two ranges counted exactly (IDBIndex.count) on the unencrypted store.
    const soonEnd = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10)
    const rawCounts = () =>
      Promise.all([
        raw.cases.where('dueDate').between('0000', today, true, false).count(),
        raw.cases.where('dueDate').between(today, soonEnd, true, true).count(),
      ])
    await measure('raw.dashboard.counts', rawCounts)
    const [rawOverdue, rawSoon] = await rawCounts()
    notes['dashboard.counts'] =
      `${counts.overdue > counts.cap ? `${counts.cap}+` : counts.overdue} overdue, ${counts.dueSoon > counts.cap ? `${counts.cap}+` : counts.dueSoon} due soon (of ${open} open cases; exact on the plain store: ${rawOverdue} overdue, ${rawSoon} due soon)`
  } else {
    notes['dashboard.counts'] = 'skipped: cases.deadlineCounts does not exist'
  }

  // Room statistics (issue 17 item 5): a year's table — the statutory tables the statistics page
  // shows, and the grouped overview — over the year most generated cases fall in.
  const years = new Map<number, number>()
  await db.cases.each((r) => void years.set(r.year, (years.get(r.year) ?? 0) + 1))
  const [year, inYear] = [...years].sort((x, y) => y[1] - x[1])[0] ?? [NOW.getFullYear(), 0]
  const period = { kind: 'year', year } as const
  await measure('statistics.year-table', () => repos.statistics.statutory(period))
  await measure('statistics.year-overview', () => repos.statistics.compute(period))
  notes['statistics.year'] = `${year}: ${inYear} cases registered that year`

  // Baselines on plain rows: the same index query, and full scans.
  await measure('raw.list.status-type', async () => {
    const range = () =>
      raw.cases
        .where('[status+disputeType+createdAt]')
        .between([STATUS, TYPE, Dexie.minKey], [STATUS, TYPE, Dexie.maxKey])
    return Promise.all([range().reverse().limit(20).toArray(), range().count()])
  })
  if (!options.skipScans) {
    await measure('scan.status-type', async () => {
      const rows = await raw.cases.filter((r) => r.status === STATUS && r.disputeType === TYPE).toArray()
      return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(0, 20)
    })
    await measure('scan.party-name', () =>
      raw.cases.filter((r) => r.parties.some((p) => p.name.includes(name))).toArray(),
    )
    notes['scan.party-name.hits'] = (
      await raw.cases.filter((r) => r.parties.some((p) => p.name.includes(name))).toArray()
    ).length
  } else {
    notes.scans = 'skipped'
  }

  const backupRuns = options.backupRuns ?? 3
  if (backupRuns > 0) {
    // The baseline store goes first, so the storage estimate is the app's store alone.
    raw.close()
    await Dexie.delete(RAW_DB)
    const b = await benchBackup(db, repos, {
      runs: backupRuns,
      username: 'bench',
      password: 'bench password 1',
      progress,
    })
    const n = count % 1000 === 0 ? `${count / 1000}k` : String(count)
    metrics.push(
      metric(`backup.${n}`, count, b.backup),
      metric(`backup.verify.${n}`, count, b.verify),
      metric(`restore.${n}`, count, b.restore),
      metric(`raw.export.${n}`, count, b.rawExport),
    )
    Object.assign(notes, {
      'backup.runs': backupRuns,
      'backup.file-bytes': b.fileBytes,
      'backup.idb-bytes': b.idbBytes ?? 'unknown',
      'backup.size-ratio': b.idbBytes ? round(b.fileBytes / b.idbBytes) : 'unknown',
      'raw.export.bytes': b.rawExportBytes,
      'backup.vs-raw-export': round(
        quantile(
          [...b.backup].sort((x, y) => x - y),
          0.5,
        ) /
          quantile(
            [...b.rawExport].sort((x, y) => x - y),
            0.5,
          ),
      ),
    })
  }
  return { metrics, notes }
}

window.__bench = { seed, run }
const log = document.getElementById('log')
if (log) log.textContent += '\nready'
