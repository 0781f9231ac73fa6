/**
 * Property: a malformed bundle — whichever of many ways it is broken, and whether or not its
 * signer re-signed it after breaking it — is refused with a known error code, and the district's
 * tables stay empty. Among the ways: entries that lie about their sizes (declared smaller than they
 * inflate, or larger; sizes no manifest may list; directory sizes that overflow 32 bits) and the
 * zip64 trick of hiding a size in a zip64 extra field behind a 0xFFFFFFFF marker. 1,000 generated
 * bundles per run (fast-check reports the seed of a failure).
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUNDLE_ERROR_CODES, BundleError } from '../../../renderer/src/domain/export/bundle-errors'
import { BUNDLE_LIMITS } from '../../../renderer/src/domain/export/bundle-schema'
import {
  bundleFixture,
  bytesOf,
  json,
  patchCentralDirectory,
  resign,
  textBytes,
  zipAll,
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
import { craftZip, honest, zip64Extra } from '../../builders/zip-crafted'

let fixture: BundleFixture
let district: Workspace
let names: string[]
let jsonNames: string[]

beforeAll(async () => {
  const room = await roomWorkspace({ cases: 4 })
  fixture = await bundleFixture((await exportFrom(room)).bytes)
  district = await districtWorkspace()
  await district.repos.district.registerRoom({
    name: '测试调解室',
    certificatePem: fixture.identity.certificatePem,
  })
  names = [...fixture.entries.keys()]
  jsonNames = names.filter((n) => n.endsWith('.json'))
})

type Make = (() => Promise<Uint8Array>) & { label?: string }
/** Names a generator's thunks, so fast-check's counterexample says which way the bundle broke. */
const named = (label: string, arb: fc.Arbitrary<Make>): fc.Arbitrary<Make> =>
  arb.map((make) => Object.assign(make, { toString: () => label, label }))
const text = (b: Uint8Array) => new TextDecoder().decode(b)
const withFile = (path: string, bytes: Uint8Array): Entries => new Map(fixture.entries).set(path, bytes)
/** Re-signing the manifest file itself means writing its bytes, not re-listing them. */
async function signed(path: string, bytes: Uint8Array): Promise<Uint8Array> {
  if (path === 'manifest.json')
    return zipAll(await resign(fixture.entries, fixture.identity, undefined, bytes))
  return zipAll(await resign(withFile(path, bytes), fixture.identity))
}

/** The entries with `name` listed in the manifest at `size` (re-signed), deflated, its directory saying `size` too. */
async function declaring(name: string, size: number): Promise<Uint8Array> {
  const listed = !['manifest.json', 'manifest.sig'].includes(name)
  const entries = listed
    ? await resign(fixture.entries, fixture.identity, (m) => {
        const file = (m.files as { path: string; size: number }[]).find((f) => f.path === name)
        if (file) file.size = size
      })
    : fixture.entries
  return patchCentralDirectory(zipAll(entries, 6), name, { uncompressedSize: size })
}

/** Every way of breaking a bundle, each as a thunk that builds the bytes. */
const malformed = (): fc.Arbitrary<Make> =>
  fc.oneof(
    named(
      'truncated',
      fc.nat().map((n) => async () => fixture.bytes.slice(0, n % fixture.bytes.length)),
    ),
    named(
      'not a zip',
      fc.uint8Array({ maxLength: 4096 }).map((b) => async () => b),
    ),
    named(
      'one byte of one file changed',
      fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 })).map(([f, p, d]) => async () => {
        const name = names[f % names.length] as string
        const bytes = new Uint8Array(fixture.entries.get(name) as Uint8Array)
        bytes[p % bytes.length] = (bytes[p % bytes.length] as number) ^ d
        return zipAll(withFile(name, bytes))
      }),
    ),
    named(
      'schema version other than 1, signed',
      fc
        .oneof(
          fc.integer().filter((n) => n !== 1),
          fc.string(),
          fc.constant(null),
          fc.boolean(),
          fc.double(),
        )
        .map(
          (v) => async () =>
            zipAll(
              await resign(fixture.entries, fixture.identity, (m) => {
                m.schemaVersion = v
              }),
            ),
        ),
    ),
    named(
      'forbidden key, signed',
      fc
        .tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue())
        .map(([f, key, value]) => async () => {
          const name = jsonNames[f % jsonNames.length] as string
          const original = text(fixture.entries.get(name) as Uint8Array)
          return signed(
            name,
            textBytes(original.replace('{', `{${JSON.stringify(key)}:${JSON.stringify(value)},`)),
          )
        }),
    ),
    named(
      'nesting deeper than the limit, signed',
      fc
        .tuple(fc.nat(), fc.integer({ min: 65, max: 20_000 }), fc.boolean())
        .map(([f, depth, objects]) => async () => {
          const name = jsonNames[f % jsonNames.length] as string
          const open = objects ? '{"a":'.repeat(depth) : '['.repeat(depth)
          const close = objects ? '}'.repeat(depth) : ']'.repeat(depth)
          return signed(name, textBytes(`${open}1${close}`))
        }),
    ),
    named(
      'a JSON file replaced by arbitrary JSON, signed',
      fc.tuple(fc.nat(), fc.jsonValue()).map(([f, value]) => async () => {
        const name = jsonNames[f % jsonNames.length] as string
        return signed(name, bytesOf(value))
      }),
    ),
    named(
      'an unknown field in a case, a party or the statistics facts, signed',
      fc
        .tuple(fc.nat(), fc.string({ minLength: 1 }), fc.jsonValue())
        .map(([where, key, value]) => async () => {
          const caseName = jsonNames.find((n) => n.startsWith('cases/')) as string
          const file = json(fixture.entries.get(caseName) as Uint8Array) as {
            cases: Record<string, unknown>[]
          }
          const first = file.cases[0] as Record<string, unknown>
          const target = [first, (first.parties as Record<string, unknown>[])[0], first.stat][
            where % 3
          ] as Record<string, unknown>
          // An existing key would be a change, not an addition: make it an unknown one.
          const unknown = Object.prototype.hasOwnProperty.call(target, key) ? `${key}-x` : key
          Object.defineProperty(target, unknown, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          })
          return signed(caseName, bytesOf(file))
        }),
    ),
    named(
      'a file missing, the manifest re-signed or not',
      fc.tuple(fc.nat(), fc.boolean()).map(([f, sign]) => async () => {
        const name = names[f % names.length] as string
        const e = new Map(fixture.entries)
        e.delete(name)
        // Re-signing puts the certificate back (it is how a signer signs), so that one stays unsigned.
        const resignable = !['manifest.json', 'manifest.sig', 'signer.pem'].includes(name)
        return zipAll(sign && resignable ? await resign(e, fixture.identity) : e)
      }),
    ),
    named(
      'an extra file',
      fc
        .oneof(
          fc.string({ minLength: 1, maxLength: 40 }),
          fc.constantFrom('../x', '/abs', 'a/../../b', 'C:\\w', 'cases/999999.json'),
        )
        .filter((n) => !names.includes(n))
        .map((n) => async () => zipAll(withFile(n, textBytes('{}')))),
    ),
    named(
      'a declared size beyond the limits',
      fc
        .tuple(fc.nat(), fc.integer({ min: BUNDLE_LIMITS.maxEntryBytes + 1, max: 0xffffffff }))
        .map(([f, size]) => async () => {
          const name = names[f % names.length] as string
          return patchCentralDirectory(zipAll(fixture.entries), name, { uncompressedSize: size })
        }),
    ),
    named(
      'an entry declared smaller than it inflates, re-signed to match',
      fc.tuple(fc.nat(), fc.nat()).map(([f, d]) => async () => {
        const name = names[f % names.length] as string
        return declaring(name, d % (fixture.entries.get(name) as Uint8Array).length)
      }),
    ),
    named(
      'an entry declared larger than it inflates, re-signed to match',
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 100_000 })).map(([f, more]) => async () => {
        const name = names[f % names.length] as string
        return declaring(name, (fixture.entries.get(name) as Uint8Array).length + more)
      }),
    ),
    named(
      'a size no manifest may list (negative, fractional, past the limits), signed',
      fc
        .tuple(fc.nat(), fc.constantFrom(-1, -(2 ** 31), 0.5, 2 ** 31, 2 ** 32, 2 ** 53, 1e300, Number.NaN))
        .map(([f, size]) => async () => {
          const e = await resign(fixture.entries, fixture.identity, (m) => {
            const files = m.files as { size: number }[]
            ;(files[f % files.length] as { size: number }).size = size
          })
          return zipAll(e)
        }),
    ),
    named(
      'a directory size that overflows 31 or 32 bits',
      fc
        .tuple(fc.nat(), fc.boolean(), fc.integer({ min: 0x80000000, max: 0xffffffff }))
        .map(([f, compressed, size]) => async () => {
          const name = names[f % names.length] as string
          const patch = compressed ? { compressedSize: size } : { uncompressedSize: size }
          return patchCentralDirectory(zipAll(fixture.entries, 6), name, patch)
        }),
    ),
    named(
      'the zip64 trick: a size behind a 0xFFFFFFFF marker, in a zip64 extra field or end record',
      fc
        .tuple(fc.nat(), fc.nat({ max: 2 ** 40 }), fc.constantFrom('marker', 'extra only', 'end record'))
        .map(([f, claimed, how]) => async () => {
          const target = names[f % names.length] as string
          const entries = [...fixture.entries].map(([name, data]) => {
            const entry = honest(name, data)
            if (name !== target || how === 'end record') return entry
            const extra = zip64Extra(claimed, data.length)
            return how === 'marker'
              ? { ...entry, declaredSize: 0xffffffff, compressedSize: 0xffffffff, extra }
              : { ...entry, extra }
          })
          return craftZip(entries, { zip64End: how === 'end record' })
        }),
    ),
  )

describe('generated malformed bundles', () => {
  it('are all refused with a known code, and nothing is imported', async () => {
    const seen = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(malformed(), async (make) => {
        const bytes = await make()
        const error = await district.repos.district.importBundle(bytes, 'generated.zip').then(
          () => null,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(BundleError)
        const code = (error as BundleError).code
        expect(BUNDLE_ERROR_CODES).toContain(code)
        seen.set(code, (seen.get(code) ?? 0) + 1)
        expect(await districtCounts(district.db)).toEqual({ cases: 0, imports: 0 })
      }),
      { numRuns: 1000 },
    )
    // The generators reach the checks they aim at (not one catch-all refusal).
    for (const code of [
      'zip-corrupt',
      'schema-version',
      'json-forbidden-key',
      'json-too-deep',
      'schema-invalid',
      'hash-mismatch',
      'entry-too-large',
      'inflate-overrun',
      'size-mismatch',
      'zip64',
    ]) {
      expect(seen.get(code), code).toBeGreaterThan(0)
    }
  }, 600_000)
})
