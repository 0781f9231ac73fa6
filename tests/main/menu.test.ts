/** The application menu: what a clerk needs, and DevTools only while developing. */
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from '../../main/security/menu'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    ...(i.role ? [i.role] : []),
    ...(Array.isArray(i.submenu) ? roles(i.submenu as MenuItemConstructorOptions[]) : []),
  ])
}

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)(
    'on %s has copy and paste, zoom and quit, no DevTools, no reload',
    (platform) => {
      const all = roles(applicationMenuTemplate({ developing: false, platform }))
      expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'quit']))
      expect(all).not.toContain('toggleDevTools')
      expect(all).not.toContain('reload')
      expect(all).not.toContain('forceReload')
    },
  )

  it('offers DevTools and reload while developing', () => {
    const all = roles(applicationMenuTemplate({ developing: true, platform: 'linux' }))
    expect(all).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
  })
})
