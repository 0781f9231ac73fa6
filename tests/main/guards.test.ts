import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, installAppWideGuards, installGuards, isAppUrl } from '../../main/security/guards'
import { asWebContents, fakeWebContents, navigationEvent } from './support/fakes'

describe('isAppUrl', () => {
  it.each([
    'app://mediation/index.html',
    'app://mediation/',
    'app://mediation/#/cases/1',
    'APP://MEDIATION/index.html',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true))

  it.each([
    'https://evil.example/',
    'http://mediation/',
    'file:///C:/index.html',
    'app://other/index.html',
    'app://mediation.evil.example/',
    'app://mediation:8080/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false))

  it('accepts the dev server origin only when given', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx')).toBe(false)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('https://evil.example/', 'http://localhost:5173/')).toBe(false)
  })
})

describe('installGuards', () => {
  function guarded(devServerUrl?: string) {
    const contents = fakeWebContents()
    installGuards(asWebContents(contents), devServerUrl)
    return contents
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s to a foreign URL is prevented',
    (eventName) => {
      const contents = guarded()
      const event = navigationEvent('https://evil.example/phish')
      contents.emit(eventName, event)
      expect(event.preventDefault).toHaveBeenCalled()
    },
  )

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s within the app origin is allowed',
    (eventName) => {
      const contents = guarded()
      const event = navigationEvent('app://mediation/index.html')
      contents.emit(eventName, event)
      expect(event.preventDefault).not.toHaveBeenCalled()
    },
  )

  it('redirects to file:// are prevented', () => {
    const contents = guarded()
    const event = navigationEvent('file:///etc/passwd')
    contents.emit('will-redirect', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('allows the dev server origin in development', () => {
    const contents = guarded('http://localhost:5173/')
    const event = navigationEvent('http://localhost:5173/index.html')
    contents.emit('will-navigate', event)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('denies every window.open, including app URLs and web links', () => {
    const contents = guarded()
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'app://mediation/index.html' })).toEqual({ action: 'deny' })
  })

  it('prevents attaching a <webview>', () => {
    const contents = guarded()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('denyAllPermissions', () => {
  it('answers every permission request with false and every check with false', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session as unknown as Session)

    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      request({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
    }

    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    expect(check(null, 'media', 'app://mediation', {})).toBe(false)
    expect(check({}, 'persistent-storage', 'app://mediation', {})).toBe(false)
  })
})

describe('installAppWideGuards', () => {
  it('denies new windows and webviews in every web contents created later', () => {
    const on = vi.fn()
    installAppWideGuards({ on } as never)
    const created = on.mock.calls.find((c) => c[0] === 'web-contents-created')?.[1] as (
      e: unknown,
      c: unknown,
    ) => void
    const contents = fakeWebContents(5)
    created({}, contents)
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown
    expect(openHandler()).toEqual({ action: 'deny' })
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })
})
