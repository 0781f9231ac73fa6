/**
 * The application menu: Electron's default one offers 切换开发者工具, 重新加载 and more, which a
 * room's shared PC must not. This minimal menu keeps what a clerk needs (copy and paste with the
 * keyboard, zoom for reading at arm's length, quit) and adds DevTools only while developing.
 */
import type { MenuItemConstructorOptions } from 'electron'

export function applicationMenuTemplate(options: {
  developing: boolean
  platform: NodeJS.Platform
}): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = []
  if (options.platform === 'darwin') {
    template.push({ role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit' }] })
  } else {
    template.push({ role: 'fileMenu', submenu: [{ role: 'quit' }] })
  }
  template.push({
    role: 'editMenu',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  })
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  if (options.developing) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
  template.push({ role: 'viewMenu', submenu: view })
  return template
}
