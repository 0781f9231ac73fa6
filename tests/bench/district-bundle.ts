/**
 * `npm run bench:district`, step one (in Node, under tsx): the export benchmark's bundle of
 * BENCH_DISTRICT_CASES (default 100,000) cases — same code, tests/bench/bench-bundle.ts — written
 * where the bench page's server finds it, with the sending room's certificate beside it:
 *
 *   bench/tmp/renderer/district/bundle.zip     served as /district/bundle.zip
 *   bench/tmp/district/room.pem                read by tests/bench/district.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createBundleSigner } from '../../renderer/src/output/bundles/bundle-signer'
import { createSelfIssuedIdentity } from '../../renderer/src/output/signing'
import { exportBundle } from './bench-bundle'

const DISTRICT_CASES = Number(process.env.BENCH_DISTRICT_CASES ?? 100_000)
const served = fileURLToPath(new URL('../../bench/tmp/renderer/district/', import.meta.url))
const kept = fileURLToPath(new URL('../../bench/tmp/district/', import.meta.url))

if (!Number.isInteger(DISTRICT_CASES) || DISTRICT_CASES < 1)
  throw new Error(`BENCH_DISTRICT_CASES must be a positive integer, got ${process.env.BENCH_DISTRICT_CASES}`)
const started = performance.now()
const identity = await createSelfIssuedIdentity({ organisation: '大连市甘井子区泉水街道人民调解委员会' })
const { built } = await exportBundle(await createBundleSigner(identity), DISTRICT_CASES)
mkdirSync(served, { recursive: true })
mkdirSync(kept, { recursive: true })
writeFileSync(`${served}bundle.zip`, built.bytes)
writeFileSync(`${kept}room.pem`, identity.certificatePem)
writeFileSync(
  `${kept}bundle.json`,
  `${JSON.stringify({ cases: DISTRICT_CASES, bytes: built.bytes.length })}\n`,
)
process.stdout.write(
  `district bundle: ${DISTRICT_CASES} cases, ${built.bytes.length} bytes, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
)
