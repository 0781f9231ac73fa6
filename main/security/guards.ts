/**
 * Guards on the main window's web contents and session. The renderer only ever shows the app
 * itself: navigation away, popups and <webview> are refused, and no web permission (camera,
 * geolocation, notifications, …) is granted. The app is offline; links to the web are not opened.
 */
import type { App, Session, WebContents } from 'electron'
import { APP_HOST, APP_SCHEME } from '../app-identity'

/** True when `url` is on the app origin, or on the dev server's origin when one is given. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST) return true
  if (devServerUrl === undefined) return false
  try {
    const dev = new URL(devServerUrl)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin
  } catch {
    return false
  }
}

/** Keeps `contents` on the app origin and refuses new windows and webviews. */
export function installGuards(contents: WebContents, devServerUrl?: string): void {
  const stayOnApp = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnApp)
  contents.on('will-frame-navigate', stayOnApp)
  contents.on('will-redirect', stayOnApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Offline app: window.open and target=_blank never open anything, not even in the system browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Refuses every permission request and reports every permission as not granted. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Guards every web contents the app ever creates (a window, the print window, the PDF viewer's
 * frames, anything a future change adds): no new windows, no <webview>. Navigation of a top-level
 * window is limited by its own guard (`installGuards`, `installPrintGuards`); this one makes sure
 * nothing is left unguarded by default.
 */
export function installAppWideGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

/**
 * The hidden print window shows one local PDF file and nothing else: its own navigations and
 * redirects are refused unless they go to that file, and it opens no windows and no webviews.
 */
export function installPrintGuards(contents: WebContents, fileUrl: string): void {
  const onlyTheFile = (event: { url: string; isMainFrame?: boolean; preventDefault: () => void }): void => {
    // Sub-frames belong to Chromium's PDF viewer, which draws the file; the page itself stays put.
    if (event.isMainFrame === false) return
    if (event.url !== fileUrl) event.preventDefault()
  }
  contents.on('will-navigate', onlyTheFile)
  contents.on('will-frame-navigate', onlyTheFile)
  contents.on('will-redirect', onlyTheFile)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
