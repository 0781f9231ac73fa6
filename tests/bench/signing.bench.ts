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
import type { Agreement } from '../../renderer/src/domain/documents/agreement'
import { createSelfIssuedIdentity, inspectSignedPdf, signPdf } from '../../renderer/src/output/signing'
import { agreementWorkspace, renderAgreement } from '../builders/agreements'
import { makeRegistration } from '../builders/cases'
import { makePng, makeSignaturePng } from '../builders/png'
import { agreement as agreementRecord } from '../builders/records'
import { machine, mergeResults, metric, time } from './node-metrics'

const RUNS = Math.max(5, Number(process.env.BENCH_SIGN_RUNS ?? 9))
const out = (line = '') => process.stdout.write(`${line}\n`)

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
    auditHead: { seq: 41, hash: 'ab'.repeat(32) },
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
  mergeResults(metrics, { notes, signingMachine: machine() })
  for (const m of metrics)
    out(`${m.name.padEnd(30)} median ${m.median_ms} ms   p95 ${m.p95_ms} ms   (n=${m.n})`)
  out(`PDF ${unsigned.length} B unsigned → ${signed.length} B signed`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
