/**
 * The queue on disk: `upload-queue/` under userData, one `<id>.json` job file and one `<id>.zip`
 * with the bundle's bytes per job. Every write is atomic (temp file, fsync, rename), and the bytes
 * are written before the job file, so a job file always has its bundle until the upload is done.
 */
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import type { UploadJob } from '../../preload/contract'
import { writeFileAtomic } from '../fs/atomic-write'
import { bundleFileName, jobFileName, jobFileSchema } from './job-file'

export interface JobStore {
  /** Every readable job; leftovers of an interrupted write (temp files, bytes without a job) are removed. */
  loadAll(): Promise<UploadJob[]>
  saveJob(job: UploadJob): Promise<void>
  saveBundle(id: string, bytes: Uint8Array): Promise<void>
  readBundle(id: string): Promise<Uint8Array>
  removeBundle(id: string): Promise<void>
}

const JOB_FILE = /^([0-9a-f-]{36})\.json$/
const BUNDLE_FILE = /^([0-9a-f-]{36})\.zip$/

export function createJobStore(dir: string, writeAtomic = writeFileAtomic): JobStore {
  const encoder = new TextEncoder()

  return {
    async loadAll() {
      await fsp.mkdir(dir, { recursive: true })
      const names = await fsp.readdir(dir)
      const jobs: UploadJob[] = []
      let unreadable = 0
      for (const name of names) {
        if (!JOB_FILE.test(name)) continue
        try {
          const parsed = jobFileSchema.safeParse(JSON.parse(await fsp.readFile(join(dir, name), 'utf8')))
          if (parsed.success && jobFileName(parsed.data.id) === name) jobs.push(parsed.data)
          else unreadable++
        } catch {
          unreadable++
        }
      }
      // Kept for a person to look at, never deleted: it may be the only trace of an upload.
      if (unreadable > 0) console.warn(`upload: ${unreadable} unreadable job file(s) skipped`)
      // Bytes stay while any job file names them, readable or not.
      const known = new Set(names.map((n) => JOB_FILE.exec(n)?.[1]).filter((id) => id !== undefined))
      for (const name of names) {
        const bundle = BUNDLE_FILE.exec(name)
        const orphan = bundle !== null && !known.has(bundle[1] ?? '')
        const temp = name.startsWith('.') && name.endsWith('.tmp')
        if (orphan || temp) await fsp.rm(join(dir, name), { force: true })
      }
      return jobs
    },

    saveJob: (job) =>
      writeAtomic(join(dir, jobFileName(job.id)), encoder.encode(JSON.stringify(job, null, 2))),

    saveBundle: (id, bytes) => writeAtomic(join(dir, bundleFileName(id)), bytes),

    async readBundle(id) {
      const buffer = await fsp.readFile(join(dir, bundleFileName(id)))
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    },

    removeBundle: (id) => fsp.rm(join(dir, bundleFileName(id)), { force: true }),
  }
}
