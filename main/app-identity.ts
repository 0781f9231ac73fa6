/**
 * The app's identity on disk and on the web platform. These values are part of every user's data:
 * IndexedDB is keyed by origin (app://mediation) and lives under userData (…/mediation-room).
 * Changing any of them after a release makes every existing database look empty.
 * NEVER change them; a rename of the product changes PRODUCT_NAME only.
 */

/** The privileged scheme that serves the built renderer (never file://). */
export const APP_SCHEME = 'app'
/** The fixed host of the app origin. */
export const APP_HOST = 'mediation'
/** The one origin the renderer runs under in production. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The document the main window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`
/** app.setName() value and the userData folder name under appData. */
export const APP_DATA_NAME = 'mediation-room'
/** What users see (window title, About). Safe to change; it is not part of any storage key. */
export const PRODUCT_NAME = '调解室案件管理'
