import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../main/fs/atomic-write'

let dir: string

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'atomic-write-'))
})

afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true })
})

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code })

describe('writeFileAtomic (real file system)', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const target = join(dir, '调解协议书.pdf')
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])
    await writeFileAtomic(target, data)
    expect([...(await fsp.readFile(target))]).toEqual([...data])
    expect(await fsp.readdir(dir)).toEqual(['调解协议书.pdf'])
  })

  it('replaces an existing file', async () => {
    const target = join(dir, 'a.txt')
    await fsp.writeFile(target, 'old content that is longer')
    await writeFileAtomic(target, new TextEncoder().encode('new'))
    expect(await fsp.readFile(target, 'utf8')).toBe('new')
    expect(await fsp.readdir(dir)).toEqual(['a.txt'])
  })

  it('fails when the folder does not exist, creating nothing', async () => {
    const target = join(dir, 'missing', 'a.txt')
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await fsp.readdir(dir)).toEqual([])
  })

  it('on a failed rename removes the temp file and keeps the old file intact', async () => {
    const target = join(dir, 'a.txt')
    await fsp.writeFile(target, 'old')
    const fs: AtomicWriteFs = { ...fsp, rename: vi.fn(async () => Promise.reject(errno('EXDEV'))) }
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'), { fs })).rejects.toThrow('EXDEV')
    expect(fs.rename).toHaveBeenCalledTimes(1)
    expect(await fsp.readFile(target, 'utf8')).toBe('old')
    expect(await fsp.readdir(dir)).toEqual(['a.txt'])
  })

  it('on a failed write removes the temp file and keeps the old file intact', async () => {
    const target = join(dir, 'a.txt')
    await fsp.writeFile(target, 'old')
    const fs: AtomicWriteFs = {
      ...fsp,
      open: async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args)
        handle.writeFile = async () => Promise.reject(errno('ENOSPC'))
        return handle
      },
    }
    await expect(writeFileAtomic(target, new Uint8Array([1]), { fs })).rejects.toThrow('ENOSPC')
    expect(await fsp.readFile(target, 'utf8')).toBe('old')
    expect(await fsp.readdir(dir)).toEqual(['a.txt'])
  })

  it('retries a rename blocked by another process (EPERM/EBUSY), then succeeds', async () => {
    const target = join(dir, 'a.txt')
    await fsp.writeFile(target, 'old')
    const rename = vi
      .fn<typeof fsp.rename>()
      .mockRejectedValueOnce(errno('EBUSY'))
      .mockRejectedValueOnce(errno('EPERM'))
      .mockImplementation(fsp.rename)
    await writeFileAtomic(target, new TextEncoder().encode('new'), {
      fs: { ...fsp, rename },
      renameRetryDelaysMs: [0, 0, 0],
    })
    expect(rename).toHaveBeenCalledTimes(3)
    expect(await fsp.readFile(target, 'utf8')).toBe('new')
    expect(await fsp.readdir(dir)).toEqual(['a.txt'])
  })

  it('gives up after the last retry, cleaning up', async () => {
    const target = join(dir, 'a.txt')
    await fsp.writeFile(target, 'old')
    const rename = vi.fn(async () => Promise.reject(errno('EPERM')))
    await expect(
      writeFileAtomic(target, new Uint8Array([1]), {
        fs: { ...fsp, rename },
        renameRetryDelaysMs: [0, 0],
      }),
    ).rejects.toThrow('EPERM')
    expect(rename).toHaveBeenCalledTimes(3)
    expect(await fsp.readFile(target, 'utf8')).toBe('old')
    expect(await fsp.readdir(dir)).toEqual(['a.txt'])
  })

  it('writes the temp file in the target folder', async () => {
    const target = join(dir, 'a.txt')
    const rename = vi.fn(fsp.rename)
    await writeFileAtomic(target, new Uint8Array([1]), { fs: { ...fsp, rename } })
    const from = rename.mock.calls[0]?.[0] as string
    expect(from.startsWith(join(dir, '.a.txt.'))).toBe(true)
    expect(from.endsWith('.tmp')).toBe(true)
  })
})
