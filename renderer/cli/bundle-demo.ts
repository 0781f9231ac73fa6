/**
 * `npm run bundle:demo -- DIR [--cases N]`: writes an export bundle made from the demo data, and
 * the demo room's certificate beside it, for integrators of the district platform:
 *
 *   DIR/demo-bundle.zip        a de-identified bundle (free text included, scrubbed)
 *   DIR/demo-room.pem          the certificate to register as the sending room
 *
 * The demo room lives in memory only; a new run makes a new room (and a new key).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildExport, commitExport } from '../src/output/bundles/build-export'
import { formatFingerprint, parseCertificate } from '../src/domain/export/certificate'
import { demoRoom } from './demo-room'

const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--'))
const casesArg = args.indexOf('--cases')
const cases = casesArg >= 0 ? Number(args[casesArg + 1]) : 300
if (!dir || !Number.isInteger(cases) || cases < 0) {
  process.stderr.write('usage: npm run bundle:demo -- DIR [--cases N]\n')
  process.exit(2)
}

const now = new Date()
const room = await demoRoom({ cases, seed: 2026, now })
const built = await buildExport(
  { period: { kind: 'year', year: now.getFullYear() }, incremental: false, includeFreeText: true },
  room.repos,
  { appVersion: process.env.npm_package_version ?? 'demo' },
)
await commitExport(built, room.repos.exports)
const pem = await room.repos.exports.certificate()
const out = resolve(dir)
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'demo-bundle.zip'), built.bytes)
writeFileSync(join(out, 'demo-room.pem'), pem)
process.stdout.write(
  [
    `${join(out, 'demo-bundle.zip')}  ${built.bytes.length} bytes, ${built.manifest.counts.cases} cases, period ${built.manifest.period.key}`,
    `${join(out, 'demo-room.pem')}  fingerprint ${formatFingerprint(parseCertificate(pem).fingerprint)}`,
    `check it: npm run bundle:verify -- ${join(out, 'demo-bundle.zip')} --room-cert ${join(out, 'demo-room.pem')}`,
    '',
  ].join('\n'),
)
