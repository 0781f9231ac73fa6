/**
 * Anchors of the audit chain outside IndexedDB: an append-only file in userData of (sequence, head
 * hash, time) checkpoints. Main refuses a sequence lower than the last one it holds, and a
 * different hash at the same sequence, so a chain that was cut short or re-chained (every account
 * holds the audit key) no longer matches what was anchored. Lines are only ever appended and
 * flushed to disk; a torn last line (power cut mid-write) is ignored.
 */
import * as fsp from 'node:fs/promises'
import type { AuditAnchor, AuditCheckpointResult } from '../../preload/schemas/security'

export const AUDIT_ANCHORS_FILE = 'audit-anchors.jsonl'

export interface AuditAnchors {
  checkpoint(seq: number, hash: string, now?: Date): Promise<AuditCheckpointResult>
  list(): Promise<AuditAnchor[]>
}

function parseLines(text: string): AuditAnchor[] {
  const anchors: AuditAnchor[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      const a = JSON.parse(line) as Partial<AuditAnchor>
      if (
        Number.isInteger(a.seq) &&
        typeof a.hash === 'string' &&
        /^[0-9a-f]{64}$/.test(a.hash) &&
        typeof a.at === 'string'
      ) {
        const last = anchors.at(-1)
        // Only an increasing sequence is taken: a line written out of order by hand is not an anchor.
        if (!last || (a.seq as number) > last.seq) anchors.push(a as AuditAnchor)
      }
    } catch {
      // a torn line: skipped
    }
  }
  return anchors
}

export function createAuditAnchors(path: string): AuditAnchors {
  let loaded: { anchors: AuditAnchor[]; endsWithNewline: boolean } | null = null
  let queue: Promise<unknown> = Promise.resolve()

  async function load() {
    if (loaded) return loaded
    let text = ''
    try {
      text = await fsp.readFile(path, 'utf8')
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error
    }
    loaded = { anchors: parseLines(text), endsWithNewline: text === '' || text.endsWith('\n') }
    return loaded
  }

  async function append(line: string): Promise<void> {
    const handle = await fsp.open(path, 'a', 0o600)
    try {
      await handle.writeFile(line)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  return {
    checkpoint(seq, hash, now = new Date()) {
      const run = queue.then(async (): Promise<AuditCheckpointResult> => {
        const state = await load()
        const last = state.anchors.at(-1)
        if (last && seq < last.seq) return { status: 'refused', reason: 'lower', last }
        if (last && seq === last.seq) {
          return last.hash === hash
            ? { status: 'anchored', anchor: last }
            : { status: 'refused', reason: 'conflict', last }
        }
        const anchor: AuditAnchor = { seq, hash, at: now.toISOString() }
        await append(`${state.endsWithNewline ? '' : '\n'}${JSON.stringify(anchor)}\n`)
        state.endsWithNewline = true
        state.anchors.push(anchor)
        return { status: 'anchored', anchor }
      })
      queue = run.catch(() => undefined)
      return run
    },
    async list() {
      return [...(await load()).anchors]
    },
  }
}
