import { expect, it } from 'vitest'
import { makeAppInfoHandler } from '../../main/ipc/handlers/app-info'
import { asWebContents, fakeWebContents } from './support/fakes'

it('reports product name, version, runtime versions and platform', async () => {
  const handler = makeAppInfoHandler({
    getVersion: () => '0.1.0',
    versions: { electron: '45.4.1', chrome: '152.0.0.0' },
    platform: 'win32',
  })
  expect(await handler({}, { sender: asWebContents(fakeWebContents()) })).toEqual({
    name: '调解室案件管理',
    version: '0.1.0',
    electron: '45.4.1',
    chrome: '152.0.0.0',
    platform: 'win32',
  })
})

it('still answers outside Electron (no electron/chrome versions)', async () => {
  const handler = makeAppInfoHandler({ getVersion: () => '1.0.0', versions: {}, platform: 'linux' })
  const info = await handler({}, { sender: asWebContents(fakeWebContents()) })
  expect(Object.keys(info).sort()).toEqual(['chrome', 'electron', 'name', 'platform', 'version'])
  expect(info.electron).toBe('unknown')
})
