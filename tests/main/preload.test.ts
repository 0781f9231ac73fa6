import { describe, expect, it, vi } from 'vitest'
import { API_KEY, contract, type Operation } from '../../preload/contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve('reply')), send: vi.fn(), on: vi.fn() },
}))
vi.mock('electron', () => electron)

await import('../../preload/index')

describe('preload', () => {
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
    string,
    Record<string, unknown>,
  ]

  it('exposes exactly one object, under the contract key', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(call[0]).toBe(API_KEY)
    expect(API_KEY).toBe('desktop')
  })

  it('exposes exactly the contract operations, all functions', () => {
    const api = call[1]
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('never exposes ipcRenderer or any of its methods', () => {
    const values = Object.values(call[1])
    expect(values).not.toContain(electron.ipcRenderer)
    for (const method of Object.values(electron.ipcRenderer)) expect(values).not.toContain(method)
  })

  it.each(Object.keys(contract) as Operation[])('%s invokes its own channel with the request', async (op) => {
    electron.ipcRenderer.invoke.mockClear()
    const request = { marker: op }
    const method = call[1][op] as (r: unknown) => Promise<unknown>
    await expect(method(request)).resolves.toBe('reply')
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(contract[op].channel, request)
  })
})
