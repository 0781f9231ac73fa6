/** Large files in chunks: atomic on commit, nothing left behind on abort, a full disk, or idleness. */
import * as fsp from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFileStreams, problemOf } from '../../../main/files/file-streams'

let dir: string
beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'streams-'))
})
afterEach(() => fsp.rm(dir, { recursive: true, force: true }))

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251)

describe('writing in chunks', () => {
  it('writes every chunk and replaces the target only on commit', async () => {
    const streams = createFileStreams({ timer: false })
    const target = join(dir, 'backup.mrbak')
    await fsp.writeFile(target, 'the previous backup')
    const id = await streams.beginWrite(target)
    const parts = [bytes(5000, 1), bytes(1, 2), bytes(70_000, 3)]
    for (const p of parts) expect(await streams.write(id, p)).toEqual({ status: 'written' })
    expect(await fsp.readFile(target, 'utf8')).toBe('the previous backup')
    const saved = await streams.commit(id)
    expect(saved).toMatchObject({ status: 'saved', name: 'backup.mrbak', size: 75_001 })
    expect(Buffer.compare(await fsp.readFile(target), Buffer.concat(parts))).toBe(0)
    expect(await fsp.readdir(dir)).toEqual(['backup.mrbak'])
  })

  it('leaves nothing behind when aborted, and refuses chunks for an unknown stream', async () => {
    const streams = createFileStreams({ timer: false })
    const id = await streams.beginWrite(join(dir, 'x.mrbak'))
    await streams.write(id, bytes(10, 1))
    await streams.abort(id)
    expect(await fsp.readdir(dir)).toEqual([])
    expect(await streams.write(id, bytes(1, 1))).toEqual({ status: 'failed', reason: 'io' })
    expect(await streams.commit(id)).toEqual({ status: 'failed', reason: 'io' })
  })

  it('reports a full disk as such and removes the partial file', async () => {
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' })
    const streams = createFileStreams({
      timer: false,
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode)
        return Object.assign(handle, { write: () => Promise.reject(full) })
      },
    })
    const target = join(dir, 'x.mrbak')
    const id = await streams.beginWrite(target)
    expect(await streams.write(id, bytes(10, 1))).toEqual({ status: 'failed', reason: 'disk-full' })
    expect(await streams.commit(id)).toEqual({ status: 'failed', reason: 'io' })
    expect(await fsp.readdir(dir)).toEqual([])
    expect(problemOf({ code: 'EDQUOT' })).toBe('disk-full')
    expect(problemOf({ code: 'EIO' })).toBe('io')
  })

  it('closes streams idle for 15 minutes and removes their temporary files', async () => {
    let now = 0
    const streams = createFileStreams({ timer: false, clock: () => now })
    const id = await streams.beginWrite(join(dir, 'x.mrbak'))
    await streams.write(id, bytes(10, 1))
    now = 14 * 60_000
    await streams.sweep()
    expect((await fsp.readdir(dir)).length).toBe(1)
    now = 30 * 60_000
    await streams.sweep()
    expect(await fsp.readdir(dir)).toEqual([])
  })
})

describe('reading in chunks', () => {
  it('reads any range, short at the end, and says when the file is missing', async () => {
    const streams = createFileStreams({ timer: false })
    const data = bytes(100_000, 7)
    await fsp.writeFile(join(dir, 'b.mrbak'), data)
    const opened = await streams.beginRead(join(dir, 'b.mrbak'))
    expect(opened?.size).toBe(100_000)
    const id = opened?.readId as string
    expect(
      Buffer.compare(Buffer.from(await streams.read(id, 0, 4096)), Buffer.from(data.subarray(0, 4096))),
    ).toBe(0)
    expect((await streams.read(id, 99_990, 4096)).byteLength).toBe(10)
    expect((await streams.read(id, 200_000, 10)).byteLength).toBe(0)
    await streams.endRead(id)
    await expect(streams.read(id, 0, 1)).rejects.toThrow()
    expect(await streams.beginRead(join(dir, 'missing.mrbak'))).toBeNull()
    expect(existsSync(join(dir, 'b.mrbak'))).toBe(true)
  })
})
