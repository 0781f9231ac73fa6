/**
 * Registration of the app:// scheme. Must run before `app` is ready.
 * - standard: real origin (app://mediation), so IndexedDB/localStorage work and relative URLs resolve.
 * - secure: a secure context, required by WebCrypto's subtle API.
 * - supportFetchAPI: the renderer fetches its own fonts and wasm.
 * - codeCache: V8 caches the (large) bundles between starts.
 * corsEnabled is deliberately NOT set: it would let other origins read app:// responses.
 * The privileges are part of the origin's behaviour; keep them stable across releases.
 */
import type { CustomScheme, Protocol } from 'electron'
import { APP_SCHEME } from '../app-identity'

export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
}

export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION])
}
