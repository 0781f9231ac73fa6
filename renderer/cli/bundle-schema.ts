/**
 * `npm run bundle:schema`: writes the published JSON Schema of the bundle format
 * (templates/export/bundle.schema.json) from the zod schemas, formatted by prettier.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import prettier from 'prettier'
import { BUNDLE_JSON_SCHEMA_PATH, bundleJsonSchema } from '../src/domain/export/json-schema'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const target = join(root, BUNDLE_JSON_SCHEMA_PATH)
const options = (await prettier.resolveConfig(target)) ?? {}
const text = await prettier.format(JSON.stringify(bundleJsonSchema()), { ...options, parser: 'json' })
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, text)
process.stdout.write(`${BUNDLE_JSON_SCHEMA_PATH} written (${text.length} bytes)\n`)
