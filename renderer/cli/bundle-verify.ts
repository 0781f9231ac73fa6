/**
 * `npm run bundle:verify -- FILE.zip [--room-cert PEM]... [--lang en|zh-CN]`: checks a bundle exactly
 * as a district does — limits, structure, the signature over the manifest, then the manifest's
 * schema, every file's hash, every file's schema — with the same reading code (called directly
 * here, without a Worker), and prints what it holds, or exactly why it is refused.
 *
 * With --room-cert (repeatable) the signature is checked against those certificates only, like a
 * district's registry, and the bundle's own certificate is never parsed; without, the bundle's own
 * certificate (at most 16 KB) is parsed to check the signature, any whose signature holds is accepted
 * and its fingerprint printed so it can be compared with the room's. Exit code 0: accepted;
 * 1: refused; 2: usage.
 */
import { readFileSync, statSync } from 'node:fs'
import { BundleError, formatBundleError } from '../src/domain/export/bundle-errors'
import { BUNDLE_LIMITS } from '../src/domain/export/bundle-schema'
import {
  formatFingerprint,
  parseCertificate,
  type SignerCertificate,
  type TrustedSigners,
} from '../src/domain/export/certificate'
import { MAX_PEM_BYTES } from '../src/domain/export/signer'
import { verifyBundle, type VerifiedBundle } from '../src/domain/export/verify-bundle'
import { formatYuan } from '../src/domain/amounts/amount'
import { exportEn } from '../src/i18n/sections/export.en'
import { exportZhCN } from '../src/i18n/sections/export.zh-CN'

const out = (line = '') => process.stdout.write(`${line}\n`)
// Piped into `head`: stop quietly when the reader has had enough.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2))

function usage(): never {
  process.stderr.write('usage: npm run bundle:verify -- FILE.zip [--room-cert PEM]... [--lang en|zh-CN]\n')
  process.exit(2)
}

const args = process.argv.slice(2)
const files: string[] = []
const certs: string[] = []
let lang: 'en' | 'zh-CN' = 'zh-CN'
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string
  if (a === '--room-cert') certs.push(args[++i] ?? usage())
  else if (a === '--lang') lang = args[++i] === 'en' ? 'en' : 'zh-CN'
  else if (a.startsWith('--')) usage()
  else files.push(a)
}
if (files.length !== 1) usage()
const file = files[0] as string
const messages = (lang === 'en' ? exportEn : exportZhCN).bundleErrors

function refuse(error: BundleError): never {
  out(`REFUSED  ${file}`)
  out(`  ${error.code}: ${formatBundleError(error, messages)}`)
  process.exit(1)
}

function describe(bundle: VerifiedBundle, registry: boolean): void {
  const m = bundle.manifest
  const total = bundle.statistics.tables.find((t) => t.groupBy === null)?.total
  out(`ACCEPTED  ${file}`)
  out(`  format            ${m.format}, schema version ${m.schemaVersion}, app ${m.appVersion}`)
  out(`  organisation      ${m.organisation.name} (${m.organisation.region})`)
  out(`  period            ${m.period.key} (${m.period.from} … ${m.period.to})`)
  out(`  created           ${m.createdAt}`)
  out(`  cases changed     ${m.since ?? 'from the beginning'} … ${m.until}`)
  out(`  identified        ${m.identified ? `yes — legal basis: ${m.legalBasis}` : 'no (de-identified)'}`)
  out(`  free text         ${m.includesFreeText ? 'included (scrubbed unless identified)' : 'not included'}`)
  out(`  counts            ${m.counts.cases} cases, ${m.counts.parties} parties`)
  out(`  audit chain head  #${m.auditHead.seq} ${m.auditHead.hash}`)
  out(`  signer            ${bundle.signer.subject}`)
  out(`  fingerprint       ${formatFingerprint(bundle.signer.fingerprint)}`)
  out(`  valid             ${bundle.signer.notBefore} … ${bundle.signer.notAfter}`)
  out(
    `  signer checked    ${registry ? 'against the --room-cert certificates' : 'NOT against a registry (no --room-cert): compare the fingerprint with the room’s'}`,
  )
  out(`  manifest sha256   ${bundle.manifestHash}`)
  out('  files')
  for (const f of m.files) out(`    ${f.path.padEnd(20)} ${String(f.size).padStart(10)}  ${f.sha256}`)
  if (total) {
    out(
      `  statistics ${m.period.key}: received ${total.received}, succeeded ${total.succeeded}, concluded ${total.concluded}, agreements ${formatYuan(total.agreementAmountFen)} yuan, persons ${total.persons}`,
    )
  }
  out(
    `  screenings        ${bundle.statistics.screenings.length} rounds; zero reports: ${bundle.statistics.zeroReports.join(', ') || 'none'}`,
  )
}

/**
 * A --room-cert that cannot be read is the caller's mistake (exit 2), not the bundle's. A file
 * larger than any certificate is refused by its size, before it is read.
 */
function registered(path: string): SignerCertificate {
  try {
    if (statSync(path).size > MAX_PEM_BYTES) throw new Error('too large')
    return parseCertificate(readFileSync(path, 'utf8').trim())
  } catch {
    process.stderr.write(`--room-cert ${path}: not a readable PEM certificate (RSA, 2048 bits or more)\n`)
    process.exit(2)
  }
}

try {
  const size = statSync(file).size
  if (size > BUNDLE_LIMITS.maxBundleBytes)
    refuse(new BundleError('too-large', { size, max: BUNDLE_LIMITS.maxBundleBytes }))
  const trusted: TrustedSigners | undefined = certs.length
    ? new Map(certs.map(registered).map((c) => [c.fingerprint, c]))
    : undefined
  const bundle = await verifyBundle(new Uint8Array(readFileSync(file)), { trusted })
  describe(bundle, certs.length > 0)
} catch (e) {
  if (e instanceof BundleError) refuse(e)
  const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e)
  process.stderr.write(`cannot read ${file}: ${reason}\n`)
  process.exit(2)
}
