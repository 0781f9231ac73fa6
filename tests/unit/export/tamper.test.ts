/**
 * Tampering: changing any single byte of any file in a bundle makes it refused. Every byte position
 * of every file is changed in turn (no sampling: a small bundle keeps this to some 30,000
 * verifications), in a zip of stored entries so each file's bytes sit in the zip as they are.
 * The zip container as written (headers, directory, deflated data) is then changed at every
 * position too: there a change must be refused or leave exactly the same verified content —
 * container metadata such as timestamps is not what the signature vouches for, the files are.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { BundleError } from '../../../renderer/src/domain/export/bundle-errors'
import { trustedSigners, type TrustedSigners } from '../../../renderer/src/domain/export/certificate'
import { bundleFixture, storedSpans, verifyBundle, zipAll, type BundleFixture } from '../../builders/bundles'
import { exportFrom, roomWorkspace } from '../../builders/export'

let fixture: BundleFixture
let known: TrustedSigners

beforeAll(async () => {
  const room = await roomWorkspace({ cases: 3 })
  fixture = await bundleFixture((await exportFrom(room, { includeFreeText: true })).bytes)
  known = trustedSigners([fixture.identity.certificatePem])
})

/** A change that is never zero, and differs from position to position. */
const delta = (p: number) => ((p * 131 + 7) % 255) + 1

async function outcome(zip: Uint8Array): Promise<string> {
  try {
    const v = await verifyBundle(zip, { trusted: known })
    return `accepted:${v.manifestHash}`
  } catch (e) {
    if (e instanceof BundleError) return e.code
    throw e
  }
}

describe('tampering with any byte of any file', () => {
  it('is refused, for every position of every file', async () => {
    const zip = zipAll(fixture.entries)
    expect(await outcome(zip)).toMatch(/^accepted:/)
    const codes = new Map<string, number>()
    let positions = 0
    for (const [name, { start, size }] of storedSpans(zip)) {
      expect(size).toBe(fixture.entries.get(name)?.length)
      for (let p = 0; p < size; p++) {
        const original = zip[start + p] as number
        zip[start + p] = original ^ delta(p)
        const code = await outcome(zip)
        zip[start + p] = original
        if (code.startsWith('accepted')) throw new Error(`${name}: a change at byte ${p} was accepted`)
        const key = `${name.startsWith('cases/') ? 'cases/*' : name} → ${code}`
        codes.set(key, (codes.get(key) ?? 0) + 1)
        positions++
      }
    }
    // Every file was covered, each by the check that should catch it.
    const seen = [...codes.keys()].join('\n')
    for (const name of ['statistics.json', 'tables.xlsx', 'signer.pem', 'cases/*']) {
      expect(seen).toContain(`${name} → hash-mismatch`)
    }
    expect(seen).toContain('manifest.sig → signature-invalid')
    expect(seen).toMatch(/manifest\.json → (signature-invalid|json-invalid|schema-invalid)/)
    expect(positions).toBe([...fixture.entries.values()].reduce((n, b) => n + b.length, 0))
  }, 300_000)

  it('in the zip container: refused, or the very same content', async () => {
    const zip = new Uint8Array(fixture.bytes)
    const original = await verifyBundle(zip, { trusted: known })
    let refused = 0
    for (let p = 0; p < zip.length; p++) {
      const byte = zip[p] as number
      zip[p] = byte ^ delta(p)
      try {
        const v = await verifyBundle(zip, { trusted: known })
        expect(v.manifestHash).toBe(original.manifestHash)
        expect(v.cases).toEqual(original.cases)
        expect(v.statistics).toEqual(original.statistics)
      } catch (e) {
        expect(e).toBeInstanceOf(BundleError)
        refused++
      } finally {
        zip[p] = byte
      }
    }
    // Most of a zip is deflated file data: nearly every change there is caught.
    expect(refused).toBeGreaterThan(zip.length / 2)
  }, 300_000)
})
