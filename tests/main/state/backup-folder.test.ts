/** The backup folder main keeps: its state, and only the app's own files listed and pruned. */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackupFolderStore } from '../../../main/files/backup-folder'

let dir: string
let usb: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backup-folder-'))
  usb = join(dir, 'usb')
  await mkdir(usb)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const name = (stamp: string) => `mediation-backup-${stamp}.mrbak`

describe('backup folder', () => {
  it('says why it cannot be used: not chosen, gone, or read-only', async () => {
    const store = createBackupFolderStore(join(dir, 'backup-folder.json'))
    expect(await store.info()).toEqual({ path: null, available: false, problem: 'no-folder' })
    expect(await store.set(usb)).toEqual({ path: usb, available: true, problem: null })
    expect(await store.usable()).toEqual({ path: usb })
    await rm(usb, { recursive: true })
    expect(await createBackupFolderStore(join(dir, 'backup-folder.json')).info()).toEqual({
      path: usb,
      available: false,
      problem: 'folder-missing',
    })
    await mkdir(usb)
    await chmod(usb, 0o500)
    // root ignores permission bits: only check where they hold
    if (process.getuid?.() !== 0) expect((await store.info()).problem).toBe('not-writable')
    await chmod(usb, 0o700)
  })

  it('lists and prunes only backups, oldest first, keeping the newest', async () => {
    const store = createBackupFolderStore(join(dir, 'backup-folder.json'))
    await store.set(usb)
    for (const stamp of ['20261201-0900', '20261203-0900', '20261202-0900'])
      await writeFile(join(usb, name(stamp)), 'x')
    await writeFile(join(usb, '重要文件.docx'), 'keep me')
    await writeFile(join(usb, 'mediation-backup-x.mrbak.tmp'), 'keep me too')
    expect((await store.list()).map((f) => f.name)).toEqual([
      name('20261201-0900'),
      name('20261202-0900'),
      name('20261203-0900'),
    ])
    expect(await store.prune(2)).toBe(1)
    expect((await store.list()).map((f) => f.name)).toEqual([name('20261202-0900'), name('20261203-0900')])
    expect(existsSync(join(usb, '重要文件.docx'))).toBe(true)
    expect(existsSync(join(usb, 'mediation-backup-x.mrbak.tmp'))).toBe(true)
  })

  it('resolves only backup names inside the folder', async () => {
    const store = createBackupFolderStore(join(dir, 'backup-folder.json'))
    expect(await store.pathOf(name('20261201-0900'))).toBeNull()
    await store.set(usb)
    expect(await store.pathOf(name('20261201-0900'))).toBe(join(usb, name('20261201-0900')))
    expect(await store.pathOf('../secret.mrbak')).toBeNull()
  })
})
