/**
 * Atomic file replacement: the bytes go to a temporary file in the target's own folder (same
 * volume, so rename is atomic), are flushed to disk, and only then renamed over the target.
 * A crash or a full disk leaves either the old file or the new one, never a torn one, and never
 * a leftover temporary file when we can help it.
 */
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>

export interface AtomicWriteOptions {
  fs?: AtomicWriteFs
  /**
   * Waits before retrying a rename that failed with EPERM/EACCES/EBUSY: on Windows a virus
   * scanner or indexer briefly holding the target makes the first rename fail.
   */
  renameRetryDelaysMs?: readonly number[]
}

const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && RETRYABLE_RENAME_CODES.has(code)
}

async function renameWithRetry(
  fs: AtomicWriteFs,
  from: string,
  to: string,
  delays: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const delay = delays[attempt]
      if (delay === undefined || !isRetryable(error)) throw error
      await sleep(delay)
    }
  }
}

/** The temporary name used next to `target`: hidden, unique, recognisable. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs
  const temp = tempPathFor(target)
  let handle: nodeFs.FileHandle | undefined
  try {
    // 'wx': never reuse an existing file, even if the random name collided.
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await renameWithRetry(fs, temp, target, options.renameRetryDelaysMs ?? [50, 150, 400])
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
