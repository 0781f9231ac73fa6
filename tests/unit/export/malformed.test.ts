/**
 * Malformed bundles: each is refused with its own error code and the district's tables stay empty.
 * Bundles that are well signed but wrong inside are re-signed with the registered room's key, so
 * the refusal comes from the check under test and not from the signature.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BUNDLE_ERROR_CODES,
  BundleError,
  formatBundleError,
} from '../../../renderer/src/domain/export/bundle-errors'
import { BUNDLE_LIMITS } from '../../../renderer/src/domain/export/bundle-schema'
import { exportEn } from '../../../renderer/src/i18n/sections/export.en'
import { exportZhCN } from '../../../renderer/src/i18n/sections/export.zh-CN'
import {
  bundleFixture,
  bytesOf,
  freshIdentity,
  json,
  patchCentralDirectory,
  reassemble,
  resign,
  textBytes,
  verifyBundle,
  zipAll,
  zipWithRepeats,
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

let fixture: BundleFixture
let district: Workspace

beforeAll(async () => {
  const room = await roomWorkspace({ cases: 6 })
  fixture = await bundleFixture((await exportFrom(room, { includeFreeText: true })).bytes)
  district = await districtWorkspace()
  await district.repos.district.registerRoom({
    name: '测试调解室',
    certificatePem: fixture.identity.certificatePem,
  })
})

async function expectRefused(
  bytes: Uint8Array,
  code: BundleError['code'],
  params: Record<string, unknown> = {},
) {
  const error = await district.repos.district.importBundle(bytes, 'x.zip').then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BundleError)
  expect(error).toMatchObject({ code, params: expect.objectContaining(params) })
  expect(await districtCounts(district.db)).toEqual({ cases: 0, imports: 0 })
}

const caseFile = (e: Entries) => [...e.keys()].find((k) => k.startsWith('cases/')) as string
const edited = (e: Entries, path: string, bytes: Uint8Array) => new Map(e).set(path, bytes)

describe('malformed bundles are refused with a clear reason and change nothing', () => {
  it('accepts the unmodified fixture (the checks below are not vacuous)', async () => {
    await expect(verifyBundle(fixture.bytes)).resolves.toBeTruthy()
    await expect(verifyBundle(zipAll(fixture.entries))).resolves.toBeTruthy()
  })

  it('truncated zips, an empty file and random bytes', async () => {
    for (const cut of [0, 1, 22, Math.floor(fixture.bytes.length / 2), fixture.bytes.length - 1]) {
      await expectRefused(fixture.bytes.slice(0, cut), 'zip-corrupt')
    }
    await expectRefused(crypto.getRandomValues(new Uint8Array(4096)), 'zip-corrupt')
  })

  it('a wrong or missing schema version, and a manifest of something else', async () => {
    for (const version of [2, 0, '1', null]) {
      const e = await resign(fixture.entries, fixture.identity, (m) => {
        m.schemaVersion = version
      })
      await expectRefused(zipAll(e), 'schema-version', { found: JSON.stringify(version), supported: 1 })
    }
    const other = await resign(fixture.entries, fixture.identity, (m) => {
      m.format = 'something-else'
    })
    await expectRefused(zipAll(other), 'wrong-format')
  })

  it('huge entries, too much in total, too many entries — all before inflating', async () => {
    const zip = zipAll(fixture.entries, 6)
    await expectRefused(
      patchCentralDirectory(zip, 'statistics.json', { uncompressedSize: 0xfffffff0 }),
      'entry-too-large',
      {
        path: 'statistics.json',
      },
    )
    const many: [string, Uint8Array][] = Array.from({ length: BUNDLE_LIMITS.maxEntries + 1 }, (_, i) => [
      `cases/${String(i + 1).padStart(6, '0')}.json`,
      textBytes('{}'),
    ])
    await expectRefused(zipWithRepeats(many), 'too-many-entries')
    let total = zipWithRepeats(
      Array.from({ length: 9 }, (_, i) => [`cases/00000${i + 1}.json`, textBytes('{}')]),
    )
    for (let i = 1; i <= 9; i++)
      total = patchCentralDirectory(total, `cases/00000${i}.json`, {
        uncompressedSize: 60 * 2 ** 20,
        method: 8,
      })
    await expectRefused(total, 'total-too-large')
    await expectRefused(
      patchCentralDirectory(zip, 'statistics.json', { method: 14 }),
      'unsupported-compression',
    )
  })

  it('__proto__, constructor and prototype keys', async () => {
    const path = caseFile(fixture.entries)
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = new TextDecoder()
        .decode(fixture.entries.get(path))
        .replace('{"part":1,', `{"part":1,"${key}":{"x":1},`)
      await expectRefused(
        zipAll(await resign(edited(fixture.entries, path, textBytes(text)), fixture.identity)),
        'json-forbidden-key',
        { key, path },
      )
    }
    const manifest = new TextDecoder()
      .decode(fixture.entries.get('manifest.json'))
      .replace('{', '{"__proto__":{"polluted":true},')
    const e = await resign(fixture.entries, fixture.identity, undefined, textBytes(manifest))
    await expectRefused(zipAll(e), 'json-forbidden-key', { path: 'manifest.json' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('deep nesting', async () => {
    const deep = textBytes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    await expectRefused(
      zipAll(await resign(edited(fixture.entries, 'statistics.json', deep), fixture.identity)),
      'json-too-deep',
      {
        path: 'statistics.json',
      },
    )
    // The manifest is parsed only once its signature holds: unsigned, it never reaches the parser.
    await expectRefused(zipAll(edited(fixture.entries, 'manifest.json', deep)), 'signature-invalid')
    await expectRefused(
      zipAll(await resign(fixture.entries, fixture.identity, undefined, deep)),
      'json-too-deep',
      { path: 'manifest.json' },
    )
  })

  it('missing files, files the manifest does not list, unsafe and repeated paths', async () => {
    for (const path of ['manifest.json', 'manifest.sig', 'signer.pem']) {
      const e = new Map(fixture.entries)
      e.delete(path)
      await expectRefused(zipAll(e), 'missing-file', { path })
    }
    const noStats = new Map(fixture.entries)
    noStats.delete('statistics.json')
    await expectRefused(zipAll(noStats), 'missing-file', { path: 'statistics.json' })
    await expectRefused(zipAll(edited(fixture.entries, 'notes.txt', textBytes('hi'))), 'unexpected-file', {
      path: 'notes.txt',
    })
    await expectRefused(
      zipAll(edited(fixture.entries, 'cases/000099.json', textBytes('{}'))),
      'unexpected-file',
    )
    for (const path of ['../evil.json', '/etc/passwd', 'cases/../../x.json', 'C:\\x.json']) {
      await expectRefused(zipAll(edited(fixture.entries, path, textBytes('{}'))), 'unsafe-path')
    }
    const repeated = [...fixture.entries, ['statistics.json', textBytes('{}')] as [string, Uint8Array]]
    await expectRefused(zipWithRepeats(repeated), 'duplicate-entry', { path: 'statistics.json' })
  })

  it('content that breaks the format, even when properly signed', async () => {
    const path = caseFile(fixture.entries)
    const file = json(fixture.entries.get(path) as Uint8Array) as {
      part: number
      cases: Record<string, unknown>[]
    }
    const variants: [string, (c: Record<string, unknown>) => void, BundleError['code']][] = [
      ['an unknown field', (c) => (c.extra = 1), 'schema-invalid'],
      ['a wrong type', (c) => (c.partyCount = 'two'), 'schema-invalid'],
      [
        'a name in a de-identified bundle',
        (c) =>
          ((c.parties as Record<string, unknown>[])[0]!.identity = {
            name: '张三',
            idType: null,
            idNumber: '',
            phone: '',
            address: '',
          }),
        'schema-invalid',
      ],
      [
        'an unmasked phone',
        (c) => ((c.parties as Record<string, unknown>[])[0]!.phone = '13912345678'),
        'schema-invalid',
      ],
    ]
    for (const [, mutate] of variants) {
      const copy = structuredClone(file)
      mutate(copy.cases[0] as Record<string, unknown>)
      await expectRefused(
        zipAll(await resign(edited(fixture.entries, path, bytesOf(copy)), fixture.identity)),
        'schema-invalid',
        { path },
      )
    }
    const doubled = { ...file, cases: [...file.cases, file.cases[0]] }
    await expectRefused(
      zipAll(await resign(edited(fixture.entries, path, bytesOf(doubled)), fixture.identity)),
      'duplicate-case',
    )
    const miscounted = await resign(fixture.entries, fixture.identity, (m) => {
      ;(m.counts as { cases: number }).cases += 1
    })
    await expectRefused(zipAll(miscounted), 'count-mismatch')
    await expectRefused(
      zipAll(
        await resign(edited(fixture.entries, path, new Uint8Array([0xff, 0xfe, 0x7b])), fixture.identity),
      ),
      'json-invalid',
    )
  })

  it('signatures: an unknown signer, a swapped certificate, a manifest naming another signer', async () => {
    const stranger = await freshIdentity('未登记的调委会')
    await expectRefused(await reassemble(fixture.verified, stranger), 'unknown-signer')
    // The stranger's certificate listed in place of the room's, under the room's old signature. The
    // district checks signatures with its registered keys only, never one the bundle brings, so this
    // is an unregistered signer (before the signature came first it was reported as a bad signature).
    const swapped = await resign(fixture.entries, stranger)
    swapped.set('manifest.sig', fixture.entries.get('manifest.sig') as Uint8Array)
    await expectRefused(zipAll(swapped), 'unknown-signer')
    // The room's registered certificate attached, the manifest signed by the stranger's key.
    const forged = await resign(fixture.entries, stranger)
    forged.set('signer.pem', fixture.entries.get('signer.pem') as Uint8Array)
    await expectRefused(zipAll(forged), 'signature-invalid')
    const renamed = await resign(fixture.entries, fixture.identity, (m) => {
      ;(m.signer as { fingerprint: string }).fingerprint = 'a'.repeat(64)
    })
    await expectRefused(zipAll(renamed), 'signer-mismatch')
    const badSig = new Map(fixture.entries).set('manifest.sig', new Uint8Array(256))
    await expectRefused(zipAll(badSig), 'signature-invalid')
    await expectRefused(
      zipAll(new Map(fixture.entries).set('signer.pem', textBytes('not a certificate'))),
      'hash-mismatch',
      {
        path: 'signer.pem',
      },
    )
  })

  it('a bundle over the size limit is refused before it is read', async () => {
    await expect(
      verifyBundle(fixture.bytes, { limits: { ...BUNDLE_LIMITS, maxBundleBytes: 1000 } }),
    ).rejects.toMatchObject({
      code: 'too-large',
    })
  })

  it('every refusal has a message in both languages, naming the file and its position', () => {
    for (const code of BUNDLE_ERROR_CODES) {
      expect(exportZhCN.bundleErrors[code]).toBeTruthy()
      expect(exportEn.bundleErrors[code]).toBeTruthy()
    }
    const error = new BundleError('hash-mismatch', { index: 3, path: 'cases.json' })
    expect(formatBundleError(error, exportZhCN.bundleErrors)).toBe('第 3 个文件 cases.json 的哈希与清单不符')
    expect(formatBundleError(error, exportEn.bundleErrors)).toBe(
      'File 3, cases.json: its hash does not match the manifest',
    )
  })
})
