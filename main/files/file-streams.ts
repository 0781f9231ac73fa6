/**
 * Large files in chunks: a backup or a whole-workspace export is written without ever being held
 * whole in memory, and read back the same way. A write goes to a temporary file beside its target
 * (same folder, so the final rename is atomic), is flushed to disk and only then renamed over the
 * target, and the folder itself is flushed so the rename survives a power cut. A full disk is
 * reported as such and leaves nothing behind. Streams left idle (a renderer that crashed) are
 * closed and their temporary files removed.
 */
import { randomUUID } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { WriteChunkResult, WriteCommitResult, WriteProblem } from '../../preload/schemas/streams'
import { tempPathFor } from '../fs/atomic-write'

const IDLE_MS = 15 * 60 * 1000
const MAX_OPEN = 8

interface WriteStream {
  target: string
  temp: string
  handle: fsp.FileHandle
  size: number
  lastUsed: number
  tail: Promise<unknown>
}

interface ReadStream {
  handle: fsp.FileHandle
  size: number
  lastUsed: number
}

export interface FileStreams {
  beginWrite(target: string): Promise<string>
  write(writeId: string, bytes: Uint8Array): Promise<WriteChunkResult>
  commit(writeId: string): Promise<WriteCommitResult>
  abort(writeId: string): Promise<void>
  beginRead(path: string): Promise<{ readId: string; size: number } | null>
  read(readId: string, offset: number, length: number): Promise<Uint8Array>
  endRead(readId: string): Promise<void>
  /** Closes streams idle for longer than 15 minutes (called by a timer). */
  sweep(now?: number): Promise<void>
  /** Stops the idle timer and closes everything. */
  close(): Promise<void>
}

export function problemOf(error: unknown): WriteProblem {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io'
}

async function syncFolder(path: string): Promise<void> {
  if (process.platform === 'win32') return
  const dir = await fsp.open(path, 'r')
  try {
    await dir.sync()
  } catch {
    // some file systems (network shares) cannot flush a folder: the file itself is flushed
  } finally {
    await dir.close()
  }
}

export interface FileStreamOptions {
  clock?: () => number
  /** Sweep idle streams every minute (off in tests that sweep by hand). */
  timer?: boolean
  /** How files are opened (a test passes one whose writes fail as a full disk does). */
  open?: (path: string, flags: string, mode?: number) => Promise<fsp.FileHandle>
}

export function createFileStreams(options: FileStreamOptions = {}): FileStreams {
  const clock = options.clock ?? Date.now
  const open = options.open ?? ((path: string, flags: string, mode?: number) => fsp.open(path, flags, mode))
  const writes = new Map<string, WriteStream>()
  const reads = new Map<string, ReadStream>()

  async function drop(writeId: string): Promise<void> {
    const stream = writes.get(writeId)
    if (!stream) return
    writes.delete(writeId)
    await stream.handle.close().catch(() => undefined)
    await fsp.rm(stream.temp, { force: true }).catch(() => undefined)
  }

  const streams: FileStreams = {
    async beginWrite(target) {
      if (writes.size + reads.size >= MAX_OPEN) await streams.sweep()
      if (writes.size + reads.size >= MAX_OPEN) throw new Error('stream: too many open')
      const temp = tempPathFor(target)
      const handle = await open(temp, 'wx', 0o600)
      const writeId = randomUUID()
      writes.set(writeId, { target, temp, handle, size: 0, lastUsed: clock(), tail: Promise.resolve() })
      return writeId
    },
    write(writeId, bytes) {
      const stream = writes.get(writeId)
      if (!stream) return Promise.resolve({ status: 'failed', reason: 'io' })
      stream.lastUsed = clock()
      const run = stream.tail.then(async (): Promise<WriteChunkResult> => {
        try {
          await stream.handle.write(bytes)
          stream.size += bytes.byteLength
          return { status: 'written' }
        } catch (error) {
          await drop(writeId)
          return { status: 'failed', reason: problemOf(error) }
        }
      })
      stream.tail = run
      return run
    },
    async commit(writeId) {
      const stream = writes.get(writeId)
      if (!stream) return { status: 'failed', reason: 'io' }
      await stream.tail
      if (!writes.has(writeId)) return { status: 'failed', reason: 'io' }
      try {
        await stream.handle.sync()
        await stream.handle.close()
        writes.delete(writeId)
        await fsp.rename(stream.temp, stream.target)
        await syncFolder(dirname(stream.target))
        return { status: 'saved', name: basename(stream.target), size: stream.size, path: stream.target }
      } catch (error) {
        writes.delete(writeId)
        await stream.handle.close().catch(() => undefined)
        await fsp.rm(stream.temp, { force: true }).catch(() => undefined)
        return { status: 'failed', reason: problemOf(error) }
      }
    },
    abort: drop,
    async beginRead(path) {
      let handle: fsp.FileHandle
      try {
        handle = await open(path, 'r')
      } catch {
        return null
      }
      const { size } = await handle.stat()
      const readId = randomUUID()
      reads.set(readId, { handle, size, lastUsed: clock() })
      return { readId, size }
    },
    async read(readId, offset, length) {
      const stream = reads.get(readId)
      if (!stream) throw new Error('stream: not open')
      stream.lastUsed = clock()
      const want = Math.max(0, Math.min(length, stream.size - offset))
      const buffer = new Uint8Array(want)
      let done = 0
      while (done < want) {
        const { bytesRead } = await stream.handle.read(buffer, done, want - done, offset + done)
        if (bytesRead === 0) break
        done += bytesRead
      }
      return done === want ? buffer : buffer.slice(0, done)
    },
    async endRead(readId) {
      const stream = reads.get(readId)
      reads.delete(readId)
      await stream?.handle.close().catch(() => undefined)
    },
    async sweep(now = clock()) {
      for (const [id, s] of writes) if (now - s.lastUsed > IDLE_MS) await drop(id)
      for (const [id, s] of reads) if (now - s.lastUsed > IDLE_MS) await streams.endRead(id)
    },
    async close() {
      clearInterval(timer)
      for (const id of [...writes.keys()]) await drop(id)
      for (const id of [...reads.keys()]) await streams.endRead(id)
    },
  }
  const timer = options.timer === false ? undefined : setInterval(() => void streams.sweep(), 60_000)
  timer?.unref?.()
  return streams
}
