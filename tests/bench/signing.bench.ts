/**
 * `npm run bench:signing`: signing agreements in Node (WebCrypto, node-forge, pdf-lib — the same code
 * the renderer runs), on the engine's agreement PDF with drawn signatures and the seal.
 *
 *   signing.certificate-create   a self-issued RSA-2048 certificate (key generation included)
 *   signing.pades-sign           placeholder + CAdES over the whole PDF (signPdf)
 *   signing.inspect              reading a signed PDF back: ranges, digest, RSA signature
 *   signing.agreement-effective  repository makeEffective: render, sign, seal and store the PDF,
 *                                audit, start the 司法确认 clock (fake-indexeddb, real AES-GCM)
 *
 * Median of BENCH_SIGN_RUNS (≥ 5, default 9). Metrics are merged into bench/results.json by name;
 * every other entry is kept.
 */
import 'fake-indexeddb/auto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Agreement } from '../../renderer/src/domain/documents/agreement'
import { createSelfIssuedIdentity, inspectSignedPdf, signPdf } from '../../renderer/src/documents/signing'
import { agreementWorkspace, renderAgreement } from '../builders/agreements'
import { makeRegistration } from '../builders/cases'
import { makePng, makeSignaturePng } from '../builders/png'
import { agreement as agreementRecord } from '../builders/records'

const RUNS = Math.max(5, Number(process.env.BENCH_SIGN_RUNS ?? 9))
const RESULTS = fileURLToPath(new URL('../../bench/results.json', import.meta.url))
const out = (line = '') => process.stdout.write(`${line}\n`)

interface Metric {
  name: string
  n: number
  median_ms: number
  p95_ms: number
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}
const round = (ms: number) => Math.round(ms * 100) / 100

function metric(name: string, times: number[]): Metric {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    name,
    n: times.length,
    median_ms: round(quantile(sorted, 0.5)),
    p95_ms: round(quantile(sorted, 0.95)),
  }
}

async function time(
  runs: number,
  job: (i: number) => Promise<unknown>,
  before?: (i: number) => Promise<void>,
) {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    await before?.(i)
    const start = performance.now()
    await job(i)
    times.push(performance.now() - start)
  }
  return times
}

async function main() {
  out(`signing benchmark: ${RUNS} runs per metric`)
  const ws = await agreementWorkspace()
  const registration = makeRegistration()

  // One fully signed and sealed version per run, prepared outside the timed part.
  const ready: Agreement[] = []
  const prepare = async () => {
    const c = await ws.mediator.cases.register(registration)
    await ws.mediator.cases.addRecord(c.id, 'agreement', agreementRecord(c))
    let a = await ws.mediator.agreements.createDraft(c.id)
    for (const [i, slot] of a.slots.entries()) {
      if (!slot.required) continue
      a = await ws.mediator.agreements.addSignature(a.id, {
        slotId: slot.id,
        signerRole: slot.signers[0]?.role ?? 'party',
        method: 'signature',
        image: makeSignaturePng(i + 1),
      })
    }
    ready.push(await ws.judicial.agreements.applySeal(a.id))
  }
  // Warm-up: fonts read, pdfmake and the crypto code loaded.
  await prepare()
  const warm = ready.pop() as Agreement
  await ws.mediator.agreements.makeEffective(warm.id, renderAgreement)

  const effective = await time(
    RUNS,
    () => ws.mediator.agreements.makeEffective((ready.pop() as Agreement).id, renderAgreement),
    prepare,
  )

  const identity = await createSelfIssuedIdentity({ organisation: '大连市某街道人民调解委员会' })
  const images = Object.fromEntries(warm.slots.map((s, i) => [s.id, makeSignaturePng(i + 1)]))
  const unsigned = await renderAgreement({
    agreement: warm,
    signatureImages: images,
    sealImage: makePng(),
    effectiveAt: new Date().toISOString(),
  })
  const details = { reason: '调解协议书', location: '大连市', name: '大连市某街道人民调解委员会' }
  let signed: Uint8Array = new Uint8Array()
  const sign = await time(RUNS, async () => {
    signed = await signPdf(unsigned, identity, details)
  })
  const inspect = await time(RUNS, () => inspectSignedPdf(signed))
  const certificate = await time(RUNS, () =>
    createSelfIssuedIdentity({ organisation: '大连市某街道人民调解委员会' }),
  )

  const metrics = [
    metric('signing.certificate-create', certificate),
    metric('signing.pades-sign', sign),
    metric('signing.inspect', inspect),
    metric('signing.agreement-effective', effective),
  ]
  const notes = {
    'signing.pdf-bytes-unsigned': unsigned.length,
    'signing.pdf-bytes-signed': signed.length,
  }
  const byName = new Set(metrics.map((m) => m.name))
  const results = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown> & {
        metrics?: Metric[]
        notes?: Record<string, unknown>
      })
    : {}
  results.metrics = [...(results.metrics ?? []).filter((m) => !byName.has(m.name)), ...metrics]
  results.notes = { ...results.notes, ...notes }
  results.signingMachine = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    at: new Date().toISOString(),
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  for (const m of metrics)
    out(`${m.name.padEnd(30)} median ${m.median_ms} ms   p95 ${m.p95_ms} ms   (n=${m.n})`)
  out(`PDF ${unsigned.length} B unsigned → ${signed.length} B signed`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
