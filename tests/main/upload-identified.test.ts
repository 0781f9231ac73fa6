/** Identified bundles are never queued: main reads the manifest's flag, and doubts what it cannot read. */
import { zipSync, strToU8 } from 'fflate'
import { expect, it } from 'vitest'
import { isIdentifiedBundle } from '../../main/upload/identified'

const bundle = (manifest: unknown) =>
  zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'cases/000001.json': strToU8('[]') })

it('reads the identified flag from the manifest', () => {
  expect(isIdentifiedBundle(bundle({ identified: false }))).toBe(false)
  expect(isIdentifiedBundle(bundle({ identified: true }))).toBe(true)
})

it('counts a bundle as identified when its manifest is missing, unreadable or says nothing', () => {
  expect(isIdentifiedBundle(bundle({}))).toBe(true)
  expect(isIdentifiedBundle(zipSync({ 'other.json': strToU8('{}') }))).toBe(true)
  expect(isIdentifiedBundle(zipSync({ 'manifest.json': strToU8('{not json') }))).toBe(true)
  expect(isIdentifiedBundle(strToU8('not a zip at all'))).toBe(true)
})
