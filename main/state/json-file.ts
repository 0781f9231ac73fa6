/**
 * One small JSON document in userData that main owns: read once (checked with a zod schema, so a
 * hand-edited or torn file counts as absent rather than as truth), changed one writer at a time,
 * and written atomically (temp file, fsync, rename).
 */
import * as fsp from 'node:fs/promises'
import type { z } from 'zod'
import { writeFileAtomic } from '../fs/atomic-write'

export interface JsonFile<T> {
  read(): Promise<T>
  /** Applies `change` to the current value and writes the result before resolving. */
  update<R>(change: (current: T) => { next: T; result: R }): Promise<R>
}

export function jsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  empty: () => z.output<S>,
  writeAtomic: (path: string, data: Uint8Array) => Promise<void> = writeFileAtomic,
): JsonFile<z.output<S>> {
  type T = z.output<S>
  let cached: T | undefined
  let queue: Promise<unknown> = Promise.resolve()

  async function load(): Promise<T> {
    if (cached !== undefined) return cached
    try {
      const parsed = schema.safeParse(JSON.parse(await fsp.readFile(path, 'utf8')))
      cached = parsed.success ? parsed.data : empty()
      if (!parsed.success) console.warn(`main: ${path.split(/[\\/]/).pop()} is not valid; starting afresh`)
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') console.warn('main: a state file is unreadable')
      cached = empty()
    }
    return cached
  }

  return {
    read: () => load(),
    update<R>(change: (current: T) => { next: T; result: R }): Promise<R> {
      const run = queue.then(async () => {
        const { next, result } = change(structuredClone(await load()))
        await writeAtomic(path, new TextEncoder().encode(JSON.stringify(next, null, 2)))
        cached = next
        return result
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
}
