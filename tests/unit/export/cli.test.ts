/**
 * `npm run bundle:verify` as a district integrator runs it: exit 0 and what the bundle holds when it
 * is accepted, exit 1 and exactly why when it is refused, exit 2 for a wrong invocation.
 */
import { unzipSync, zipSync } from 'fflate'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { freshIdentity } from '../../builders/bundles'
import { exportFrom, roomWorkspace } from '../../builders/export'

const ROOT = join(import.meta.dirname, '../../..')
let dir: string

function verify(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'renderer/cli/bundle-verify.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

beforeAll(async () => {
  const room = await roomWorkspace({ cases: 4 })
  const bundle = await exportFrom(room)
  dir = mkdtempSync(join(tmpdir(), 'bundle-verify-'))
  writeFileSync(join(dir, 'ok.zip'), bundle.bytes)
  // One byte inside a case file, its size kept, the zip rebuilt: always refused for its hash (a byte
  // flipped in the raw zip may land in compressed data and be refused for another reason).
  const files = unzipSync(bundle.bytes)
  const cases = files['cases/000001.json'] as Uint8Array
  cases[cases.indexOf(0x3a)] = 0x3b
  writeFileSync(join(dir, 'tampered.zip'), zipSync(files))
  writeFileSync(join(dir, 'room.pem'), await room.repos.exports.certificate())
  writeFileSync(join(dir, 'other.pem'), (await freshIdentity()).certificatePem)
  // 10 MB that begin like a certificate: refused by its size, before it is read.
  writeFileSync(join(dir, 'huge.pem'), `-----BEGIN CERTIFICATE-----\n${'QUFB\n'.repeat(2 * 2 ** 20)}`)
}, 60_000)

describe('bundle:verify', () => {
  it('accepts a good bundle and prints what it holds', () => {
    const run = verify(join(dir, 'ok.zip'), '--room-cert', join(dir, 'room.pem'))
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/^ACCEPTED/)
    expect(run.out).toContain('4 cases')
    expect(run.out).toContain('cases/000001.json')
  })

  it('refuses a tampered bundle and an unregistered signer, saying exactly why', () => {
    const tampered = verify(join(dir, 'tampered.zip'), '--lang', 'en')
    expect(tampered.code).toBe(1)
    expect(tampered.out).toMatch(/^REFUSED/)
    expect(tampered.out).toMatch(/hash-mismatch: .*cases\/000001\.json/)
    const stranger = verify(join(dir, 'ok.zip'), '--room-cert', join(dir, 'other.pem'))
    expect(stranger.code).toBe(1)
    expect(stranger.out).toContain('unknown-signer: 签名者未登记')
  })

  it('exits 2 when called wrongly', () => {
    expect(verify().code).toBe(2)
    expect(verify(join(dir, 'ok.zip'), '--room-cert', join(dir, 'ok.zip')).code).toBe(2)
    const huge = verify(join(dir, 'ok.zip'), '--room-cert', join(dir, 'huge.pem'))
    expect(huge.code).toBe(2)
    expect(huge.err).toContain('not a readable PEM certificate')
  })
})
