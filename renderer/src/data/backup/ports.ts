/**
 * Where backup bytes go and come from. The data layer does not know whether it is the main
 * process's chunked atomic write into the backup folder, a browser download, or a test's array:
 * the app hands it one of these (platform/ implements them).
 */
import { concatBytes } from '../crypto/bytes'

export interface ByteSink {
  /** Appends bytes; resolves once they are handed on (the sink may refuse: full disk, gone). */
  write(bytes: Uint8Array): Promise<void>
  /** Makes the file complete (fsync and rename in Electron); only then does it exist. */
  commit(): Promise<{ name: string; size: number }>
  /** Gives up: nothing is left behind. */
  abort(): Promise<void>
}

export interface ByteSource {
  readonly size: number
  readonly name: string
  /** Up to `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>
  close(): Promise<void>
}

/** Why a sink refused; the UI turns these into words (a full disk, a missing folder). */
export class SinkError extends Error {
  constructor(readonly reason: 'disk-full' | 'folder-missing' | 'not-writable' | 'io' | 'cancelled') {
    super(`backup sink: ${reason}`)
    this.name = 'SinkError'
  }
}

/** A sink that keeps everything in memory (tests, the browser build's download). */
export function memorySink(name = 'backup.mrbak'): ByteSink & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = []
  let committed = false
  return {
    async write(bytes) {
      parts.push(bytes.slice())
    },
    async commit() {
      committed = true
      return { name, size: parts.reduce((n, p) => n + p.length, 0) }
    },
    async abort() {
      parts.length = 0
    },
    bytes() {
      if (!committed) throw new Error('memory sink: not committed')
      return concatBytes(...parts)
    },
  }
}

export function memorySource(bytes: Uint8Array, name = 'backup.mrbak'): ByteSource {
  return {
    size: bytes.length,
    name,
    read: async (offset, length) => bytes.slice(offset, offset + length),
    close: async () => undefined,
  }
}
