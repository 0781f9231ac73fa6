/**
 * The published JSON Schema of the bundle format, generated from the zod schemas the app itself
 * reads bundles with — so the document a district platform ingests against can never drift from
 * the code. Checked in at templates/export/bundle.schema.json (`npm run bundle:schema`).
 */
import { z } from 'zod'
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  casesFileSchema,
  manifestSchema,
  statisticsFileSchema,
} from './bundle-schema'

export const BUNDLE_JSON_SCHEMA_PATH = 'templates/export/bundle.schema.json'

function part(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >
  return rest
}

export function bundleJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:${BUNDLE_FORMAT}:schema-version:${BUNDLE_SCHEMA_VERSION}`,
    title: `${BUNDLE_FORMAT}, schema version ${BUNDLE_SCHEMA_VERSION}`,
    description:
      'A mediation room’s export bundle (a zip). manifest.json follows $defs/manifest, statistics.json $defs/statisticsFile, each cases/NNNNNN.json $defs/casesFile; manifest.sig is an RSA PKCS#1 v1.5 SHA-256 signature over manifest.json’s exact bytes by the key of signer.pem (an X.509 certificate whose SHA-256 DER fingerprint is manifest.signer.fingerprint); tables.xlsx holds the statutory tables. Every file but manifest.json and manifest.sig is listed in manifest.files with its size and SHA-256. Rules beyond JSON Schema: an identified bundle has a legalBasis; a de-identified one has no caseNo and no party identity; facts and requests appear only when includesFreeText; stat.id equals the case id and partyCount the number of parties; counts match the files.',
    $defs: {
      manifest: part(manifestSchema),
      casesFile: part(casesFileSchema),
      statisticsFile: part(statisticsFileSchema),
    },
  }
}
