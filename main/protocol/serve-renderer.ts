/**
 * The app:// request handler: serves the built renderer from one folder and nothing else.
 * Every response (including errors) carries the CSP and nosniff, so no document or script can
 * come from this scheme without the policy. Paths are decoded, resolved and checked to stay
 * inside the folder; anything else is a plain 404 that reveals nothing.
 */
import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../app-identity'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { mimeTypeFor } from './mime'

type ReadFile = (path: string) => Promise<Uint8Array>

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
} as const

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/**
 * The absolute file a request URL maps to, or null when it is not ours or would leave rootDir.
 * Exported for tests; the handler is the only caller.
 */
export function resolveRendererPath(url: string, rootDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null
  let pathname: string
  try {
    // Decoding can surface '..', '/' or '\' hidden as %2e%2e, %2f, %5c: the prefix check below catches them.
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const root = resolve(rootDir)
  const target = resolve(root, `.${pathname}`)
  return target.startsWith(root + sep) ? target : null
}

/** Builds the handler for `protocol.handle('app', …)`. */
export function makeRendererHandler(
  rootDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed')
    const path = resolveRendererPath(request.url, rootDir)
    if (path === null) return plain(404, 'Not Found')
    let body: Uint8Array
    try {
      body = await read(path)
    } catch {
      // Missing file, directory, unreadable: the renderer only needs to know it is not there.
      return plain(404, 'Not Found')
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(path) },
    })
  }
}
