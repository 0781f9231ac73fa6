import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uploadEndpoint, uploadEndpointProblem } from '../../preload/contract'
import { createUploadSettingsStore } from '../../main/upload/settings-store'

let dir: string
let file: string

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'upload-settings-'))
  file = join(dir, 'upload-settings.json')
})

afterEach(async () => {
  vi.restoreAllMocks()
  await fsp.rm(dir, { recursive: true, force: true })
})

describe('uploadEndpointProblem', () => {
  it.each([
    'https://district.example/api/bundles',
    'https://10.1.2.3:8443/upload',
    'https://区综治中心.example/上传',
    'https://district.example/upload?room=wafangdian',
  ])('accepts %s', (url) => expect(uploadEndpointProblem(url)).toBeNull())

  it.each([
    ['http://district.example/upload', 'not-https'],
    ['HTTP://district.example/upload', 'not-https'],
    ['ftp://district.example/', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['https://user:pass@district.example/', 'credentials'],
    ['https://token@district.example/', 'credentials'],
    ['district.example/upload', 'invalid'],
    ['https://', 'invalid'],
    ['', 'invalid'],
    [`https://district.example/${'a'.repeat(2000)}`, 'invalid'],
  ])('refuses %s (%s)', (url, problem) => expect(uploadEndpointProblem(url)).toBe(problem))

  it('the schema trims and normalises', () => {
    expect(uploadEndpoint.parse('  https://District.EXAMPLE:443/api  ')).toBe('https://district.example/api')
  })
})

describe('upload settings store', () => {
  it('has no endpoint until one is set', async () => {
    const store = createUploadSettingsStore(file)
    expect(await store.get()).toEqual({ endpoint: null })
    expect(await store.endpoint()).toBeNull()
  })

  it('stores the endpoint atomically in userData and reads it back in a new instance', async () => {
    await createUploadSettingsStore(file).set('https://district.example/api/bundles')
    expect(await fsp.readdir(dir)).toEqual(['upload-settings.json'])
    const again = createUploadSettingsStore(file)
    expect(await again.get()).toEqual({ endpoint: 'https://district.example/api/bundles' })
  })

  it('clears it with null', async () => {
    const store = createUploadSettingsStore(file)
    await store.set('https://district.example/')
    await store.set(null)
    expect(await createUploadSettingsStore(file).endpoint()).toBeNull()
  })

  it.each(['http://district.example/', 'https://user:secret@district.example/'])(
    'refuses %s and keeps what was there',
    async (url) => {
      const store = createUploadSettingsStore(file)
      await store.set('https://district.example/')
      await expect(store.set(url)).rejects.toThrow()
      expect(await createUploadSettingsStore(file).endpoint()).toBe('https://district.example/')
    },
  )

  it('treats a hand-edited http:// endpoint, or a damaged file, as none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await fsp.writeFile(file, JSON.stringify({ endpoint: 'http://district.example/' }))
    expect(await createUploadSettingsStore(file).endpoint()).toBeNull()
    await fsp.writeFile(file, '{ damaged')
    expect(await createUploadSettingsStore(file).endpoint()).toBeNull()
    expect(warn).toHaveBeenCalledTimes(2)
    // The warning names no address.
    expect(JSON.stringify(warn.mock.calls)).not.toContain('district.example')
  })
})
