import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mimeTypeFor } from '../../main/protocol/mime'
import { makeRendererHandler, resolveRendererPath } from '../../main/protocol/serve-renderer'
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp'

let base: string
let root: string
let handle: (request: Request) => Promise<Response>

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }))

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'serve-renderer-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await mkdir(join(base, 'renderer-evil'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {}')
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]))
  await writeFile(join(root, 'assets', 'font.ttf'), new Uint8Array([0, 1, 0, 0]))
  await writeFile(join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d]))
  await writeFile(join(root, 'assets', '调解 文书.json'), '{}')
  await writeFile(join(base, 'secret.txt'), 'TOP-SECRET')
  await writeFile(join(base, 'renderer-evil', 'secret.txt'), 'TOP-SECRET')
  handle = makeRendererHandler(root)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('app:// renderer handler', () => {
  it('serves index.html for the origin root with CSP and nosniff', async () => {
    const response = await get('app://mediation/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>app</title>')
  })

  it('serves index.html by name', async () => {
    const response = await get('app://mediation/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>app</title>')
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/font.ttf', 'font/ttf'],
    ['assets/argon2.wasm', 'application/wasm'],
    ['assets/%E8%B0%83%E8%A7%A3%20%E6%96%87%E4%B9%A6.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://mediation/${path}?v=1`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 (with the security headers) for a missing file', async () => {
    const response = await get('app://mediation/assets/missing.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 404 for a directory', async () => {
    expect((await get('app://mediation/assets/')).status).toBe(404)
  })

  it.each([
    'app://mediation/../../etc/passwd',
    'app://mediation/../secret.txt',
    'app://mediation/%2e%2e/secret.txt',
    'app://mediation/%2E%2E/%2e%2e/etc/passwd',
    'app://mediation/..%2fsecret.txt',
    'app://mediation/assets/..%2f..%2fsecret.txt',
    'app://mediation/%2e%2e%2fsecret.txt',
    'app://mediation/..%5csecret.txt',
    'app://mediation/..%2frenderer-evil/secret.txt',
    'app://mediation/%2fetc%2fpasswd',
    'app://mediation/index.html%00.js',
    'app://mediation/%E0%A4%A',
  ])('refuses traversal %s with 404', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('TOP-SECRET')
  })

  it('only serves the app host', async () => {
    expect((await get('app://other/index.html')).status).toBe(404)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://mediation/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await get('app://mediation/index.html', 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('resolveRendererPath', () => {
  it('maps raw (unnormalised) traversal strings to null', () => {
    for (const url of [
      'app://mediation/../../etc/passwd',
      'app://mediation/%2e%2e/%2e%2e/etc/passwd',
      'app://mediation/..%2f..%2fetc%2fpasswd',
      'https://mediation/index.html',
      'app://evil/index.html',
      'nonsense',
    ]) {
      const path = resolveRendererPath(url, root)
      if (path !== null) expect(path.startsWith(join(root, '/'))).toBe(true)
    }
    expect(resolveRendererPath('app://mediation/..%2f..%2fetc%2fpasswd', root)).toBeNull()
    expect(resolveRendererPath('app://evil/index.html', root)).toBeNull()
  })

  it('maps the root to index.html inside the folder', () => {
    expect(resolveRendererPath('app://mediation/', root)).toBe(join(root, 'index.html'))
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.png', 'image/png'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['a.exe', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (path, type) => expect(mimeTypeFor(path)).toBe(type))
})
