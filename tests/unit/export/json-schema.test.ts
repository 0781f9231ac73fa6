/** The published JSON Schema is the one the code reads bundles with (regenerate: npm run bundle:schema). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUNDLE_JSON_SCHEMA_PATH, bundleJsonSchema } from '../../../renderer/src/domain/export/json-schema'

const file = join(import.meta.dirname, '../../..', BUNDLE_JSON_SCHEMA_PATH)

describe('templates/export/bundle.schema.json', () => {
  it('equals the schema generated from the zod schemas', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(bundleJsonSchema())
  })

  it('describes the three JSON files strictly', () => {
    const schema = bundleJsonSchema() as {
      $defs: Record<string, { required: string[]; additionalProperties: boolean }>
    }
    expect(Object.keys(schema.$defs)).toEqual(['manifest', 'casesFile', 'statisticsFile'])
    for (const def of Object.values(schema.$defs)) expect(def.additionalProperties).toBe(false)
    expect(schema.$defs.manifest?.required).toEqual(
      expect.arrayContaining([
        'format',
        'schemaVersion',
        'files',
        'signer',
        'auditHead',
        'identified',
        'since',
        'until',
      ]),
    )
  })
})
