/**
 * Bundles built to hang the reader: a 4 GiB zip bomb in a few megabytes, a huge manifest under no
 * signature or a wrong one, a 10 MB certificate, a read that outlives its time limit. Each is refused
 * with its own code, having done bounded work — measured by the reader's own account of every byte
 * it inflated, by spies on JSON.parse and node-forge, and (once, for the bomb) by the clock.
 */
import { inflateSync } from 'fflate'
import forge from 'node-forge'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { BundleError } from '../../../renderer/src/domain/export/bundle-errors'
import { BUNDLE_LIMITS } from '../../../renderer/src/domain/export/bundle-schema'
import {
  parseCertificate,
  trustedSigners,
  type TrustedSigners,
} from '../../../renderer/src/domain/export/certificate'
import { pemFingerprint } from '../../../renderer/src/domain/export/signer'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import {
  bundleFixture,
  freshIdentity,
  resign,
  textBytes,
  verifyBundle,
  type BundleFixture,
  type Entries,
} from '../../builders/bundles'
import {
  districtCounts,
  districtWorkspace,
  exportFrom,
  roomWorkspace,
  type Workspace,
} from '../../builders/export'
import { craftZip, honest, zeroBomb, type CraftedEntry } from '../../builders/zip-crafted'

const GiB = 2 ** 30
const MB = 2 ** 20

let fixture: BundleFixture
let district: Workspace
let trusted: TrustedSigners
/** Built once: 4.2 MB that inflate to 4 GiB of zeros. */
const bomb = zeroBomb(4 * GiB)

beforeAll(async () => {
  const room = await roomWorkspace({ cases: 4 })
  fixture = await bundleFixture((await exportFrom(room)).bytes)
  district = await districtWorkspace()
  await district.repos.district.registerRoom({
    name: '测试调解室',
    certificatePem: fixture.identity.certificatePem,
  })
  trusted = trustedSigners([fixture.identity.certificatePem])
})

afterEach(() => vi.restoreAllMocks())

/** The bundle's entries, stored honestly, with some replaced by crafted ones. */
function craft(entries: Entries, replaced: Record<string, CraftedEntry> = {}, dropped: string[] = []) {
  return craftZip(
    [...entries]
      .filter(([name]) => !dropped.includes(name))
      .map(([name, data]) => replaced[name] ?? honest(name, data)),
  )
}

/** A bomb in place of `name`, declaring `declaredSize`. */
const bombAs = (name: string, declaredSize: number): CraftedEntry => ({
  name,
  data: bomb.data,
  method: 8,
  declaredSize,
})

/** verifyBundle's outcome and the reader's account of what it inflated, by entry. */
async function read(zip: Uint8Array, withRegistry = true) {
  const inflated = new Map<string, number>()
  const error = await verifyBundle(zip, {
    trusted: withRegistry ? trusted : undefined,
    onInflate: (path, bytes) => inflated.set(path, (inflated.get(path) ?? 0) + bytes),
  }).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BundleError)
  const total = [...inflated.values()].reduce((a, b) => a + b, 0)
  return { error: error as BundleError, inflated, total }
}

async function expectImportRefused(zip: Uint8Array, code: BundleError['code']) {
  await expect(district.repos.district.importBundle(zip, 'bomb.zip')).rejects.toMatchObject({ code })
  expect(await districtCounts(district.db)).toEqual({ cases: 0, imports: 0 })
}

describe('the zip bomb builder', () => {
  it('makes the DEFLATE stream it claims: zeros, at the format’s best ratio', () => {
    const small = zeroBomb(100_000)
    const out = inflateSync(small.data)
    expect(out.length).toBe(small.inflatedSize)
    expect(out.every((b) => b === 0)).toBe(true)
    expect(bomb.inflatedSize).toBeGreaterThanOrEqual(4 * GiB)
    expect(bomb.data.length).toBeLessThan(4.5 * MB)
  })
})

describe('a 4 GiB zip bomb', () => {
  it('is refused in under a second, whichever entry carries it', async () => {
    const manifestSize = (fixture.entries.get('manifest.json') as Uint8Array).length
    const statisticsSize = (fixture.entries.get('statistics.json') as Uint8Array).length
    // Signed by the registered room itself, listing statistics.json at its old (small) size.
    const signed = await resign(fixture.entries, fixture.identity)
    const shapes: [string, Uint8Array, BundleError['code'], string][] = [
      [
        'unsigned manifest.json',
        craft(fixture.entries, { 'manifest.json': bombAs('manifest.json', manifestSize) }),
        'inflate-overrun',
        'manifest.json',
      ],
      [
        'manifest.json at its limit',
        craft(fixture.entries, { 'manifest.json': bombAs('manifest.json', BUNDLE_LIMITS.maxManifestBytes) }),
        'inflate-overrun',
        'manifest.json',
      ],
      [
        'statistics.json, signed',
        craft(signed, { 'statistics.json': bombAs('statistics.json', statisticsSize) }),
        'inflate-overrun',
        'statistics.json',
      ],
      [
        'declaring its real size',
        craft(fixture.entries, { 'statistics.json': bombAs('statistics.json', 0xfffffffe) }),
        'entry-too-large',
        'statistics.json',
      ],
    ]
    for (const [label, zip, code, path] of shapes) {
      expect(zip.length, label).toBeLessThan(5 * MB)
      // The one timing assertion of the suite, because issue 15 asks for it: "a 4 GiB bomb is refused
      // in under 1 s". It bounds work, not speed — with the guard the reader inflates at most one
      // chunk (about a megabyte) past the declared size, a few milliseconds; without it the same call
      // inflates 4 GiB, which takes minutes. A busy machine cannot turn the first into a second.
      const started = performance.now()
      const { error, total } = await read(zip)
      const elapsed = performance.now() - started
      expect(error, label).toMatchObject({ code, params: expect.objectContaining({ path }) })
      expect(elapsed, label).toBeLessThan(1000)
      // Size accounting, which does not depend on the machine at all: at most ~2 MB inflated.
      expect(total, label).toBeLessThan(2 * MB + BUNDLE_LIMITS.maxManifestBytes)
    }
  })

  it('is refused by the district, and nothing is stored', async () => {
    const manifestSize = (fixture.entries.get('manifest.json') as Uint8Array).length
    await expectImportRefused(
      craft(fixture.entries, { 'manifest.json': bombAs('manifest.json', manifestSize) }),
      'inflate-overrun',
    )
    const signed = await resign(fixture.entries, fixture.identity)
    const size = (signed.get('statistics.json') as Uint8Array).length
    await expectImportRefused(
      craft(signed, { 'statistics.json': bombAs('statistics.json', size) }),
      'inflate-overrun',
    )
  })
})

describe('a huge manifest without a valid signature', () => {
  it('unsigned: refused before anything is inflated', async () => {
    const huge = craft(fixture.entries, { 'manifest.json': bombAs('manifest.json', 0xfffffffe) }, [
      'manifest.sig',
    ])
    const first = await read(huge)
    expect(first.error).toMatchObject({ code: 'entry-too-large', params: { path: 'manifest.json' } })
    expect(first.total).toBe(0)
    const small = craft(fixture.entries, { 'manifest.json': bombAs('manifest.json', 1000) }, ['manifest.sig'])
    const second = await read(small)
    expect(second.error).toMatchObject({ code: 'missing-file', params: { path: 'manifest.sig' } })
    expect(second.total).toBe(0)
  })

  it('wrongly signed: the signature is checked before the manifest is parsed or anything else inflated', async () => {
    // A manifest of 1 MB (the most allowed: whitespace after the JSON), a statistics.json bomb.
    const manifest = fixture.entries.get('manifest.json') as Uint8Array
    const padded = new Uint8Array(BUNDLE_LIMITS.maxManifestBytes).fill(0x20)
    padded.set(manifest)
    const stranger = await freshIdentity('未登记的调委会')
    const bundles: [string, Entries, BundleError['code']][] = [
      [
        'a broken signature',
        new Map(fixture.entries).set('manifest.json', padded).set('manifest.sig', new Uint8Array(256)),
        'signature-invalid',
      ],
      [
        'signed by an unregistered room',
        await resign(fixture.entries, stranger, undefined, padded),
        'unknown-signer',
      ],
    ]
    for (const [label, entries, code] of bundles) {
      const parse = vi.spyOn(JSON, 'parse')
      const zip = craft(entries, { 'statistics.json': bombAs('statistics.json', 4096) })
      const { error, inflated } = await read(zip)
      expect(error, label).toMatchObject({ code })
      expect(parse, label).not.toHaveBeenCalled()
      expect([...inflated.keys()].sort(), label).toEqual(['manifest.json', 'manifest.sig', 'signer.pem'])
      expect(inflated.get('manifest.json'), label).toBe(BUNDLE_LIMITS.maxManifestBytes)
      parse.mockRestore()
    }
  })
})

describe('a certificate of 10 MB', () => {
  const tenMegabytes = `-----BEGIN CERTIFICATE-----\n${'QUFB\n'.repeat((10 * MB) / 5)}-----END CERTIFICATE-----\n`

  it('in a bundle: refused by its size before node-forge, or anything, reads it', async () => {
    const parse = vi.spyOn(forge.pki, 'certificateFromPem')
    const pem = textBytes(tenMegabytes)
    const stored = craft(fixture.entries, { 'signer.pem': honest('signer.pem', pem) })
    const deflated = craft(fixture.entries, {
      'signer.pem': { ...honest('signer.pem', pem, 8), declaredSize: 2000 },
    })
    for (const withRegistry of [true, false]) {
      const a = await read(stored, withRegistry)
      expect(a.error).toMatchObject({ code: 'entry-too-large', params: { path: 'signer.pem', max: 16_384 } })
      expect(a.inflated.has('signer.pem')).toBe(false)
      const b = await read(deflated, withRegistry)
      expect(b.error).toMatchObject({ code: 'inflate-overrun', params: { path: 'signer.pem', size: 2000 } })
      expect(b.inflated.get('signer.pem') ?? 0).toBeLessThanOrEqual(2000)
    }
    expect(parse).not.toHaveBeenCalled()
  })

  it('registered or parsed directly: refused before node-forge sees it', async () => {
    const parse = vi.spyOn(forge.pki, 'certificateFromPem')
    expect(() => parseCertificate(tenMegabytes)).toThrow(
      expect.objectContaining({ code: 'certificate-invalid' }),
    )
    await expect(
      district.repos.district.registerRoom({ name: '大证书', certificatePem: tenMegabytes }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await pemFingerprint(textBytes(tenMegabytes))).toBeNull()
    expect(parse).not.toHaveBeenCalled()
    // The same spy sees a real certificate being parsed: it is not blind.
    parseCertificate((await freshIdentity()).certificatePem)
    expect(parse).toHaveBeenCalledTimes(1)
  })
})

describe('the time limit', () => {
  it('stops a read that outlives it, with its own code', async () => {
    // A clock that moves 30 s at every look: the read passes its 120 s after a few checks.
    let now = 0
    let partial = 0
    await expect(
      verifyBundle(fixture.bytes, {
        trusted,
        clock: () => (now += 30_000),
        onInflate: (_path, bytes) => (partial += bytes),
      }),
    ).rejects.toMatchObject({ code: 'time-limit', params: { seconds: BUNDLE_LIMITS.maxReadSeconds } })
    // A limit on the whole read, not on a step: on a still clock the same bundle passes, having
    // inflated far more than the read that was stopped.
    let complete = 0
    await expect(
      verifyBundle(fixture.bytes, { trusted, clock: () => 0, onInflate: (_p, bytes) => (complete += bytes) }),
    ).resolves.toBeTruthy()
    expect(partial).toBeLessThan(complete)
  })

  it('a cancelled read stops too', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(verifyBundle(fixture.bytes, { trusted, signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    })
  })
})
