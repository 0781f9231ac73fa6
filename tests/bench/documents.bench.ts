/**
 * `npm run bench:documents`: the document engine in Node, on a demo case's written agreement.
 *
 *   documents.agreement-pdf        case → data → model → PDF (ours), median of BENCH_DOC_RUNS (≥ 5)
 *   documents.plain-pdfmake        the same text through plain pdfmake in the same run (baseline)
 *   documents.plain-pdfmake-bold   the same, with the title in the bold weight the official layout
 *                                  needs (a second 15 MB CJK font opened per document)
 *   documents.agreement-docx       case → data → model → DOCX
 *   documents.libreoffice-pdf      LibreOffice converting our DOCX to PDF (one soffice per file,
 *                                  as a server would); skipped with a note when soffice is absent
 *
 * Targets: ours ≤ 1.5× plain pdfmake; ours ≥ 5× faster than LibreOffice. Metrics are merged into
 * bench/results.json by name (other entries are kept), with the ratios under notes.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  documentsForCase,
  makeDocument,
  modelText,
  renderDocx,
  renderPdf,
  templateSet,
} from '../../renderer/src/output/documents'
import { FONT_FAMILY, pdfEngine } from '../../renderer/src/output/documents/pdf/engine'
import { demoDetails } from '../../renderer/cli/demo-detail'
import { nodeFontSource } from '../../renderer/cli/node-fonts'
import { machine, mergeResults, metric, round, time, type Metric } from './node-metrics'

const RUNS = Math.max(5, Number(process.env.BENCH_DOC_RUNS ?? 41))
const LO_RUNS = Math.max(5, Number(process.env.BENCH_LO_RUNS ?? 5))
const run = promisify(execFile)
const out = (line = '') => process.stdout.write(`${line}\n`)

function soffice(): string | null {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
  ]) {
    if (existsSync(candidate)) return candidate
  }
  return null
}

async function main(): Promise<void> {
  const fonts = nodeFontSource()
  const templates = templateSet()
  const detail = demoDetails(200).find((d) =>
    documentsForCase(d, templates).some((doc) => doc.kind === 'agreement' && doc.available),
  )
  if (!detail) throw new Error('bench: no demo case with a written agreement')
  const recordId = documentsForCase(detail, templates).find((d) => d.kind === 'agreement')?.recordId
  const model = () => makeDocument(detail, templates.agreement, { recordId })

  // The same words, as a plain pdfmake document: one paragraph per line of the model's text.
  const pdfmake = await pdfEngine(fonts)
  const plainDefinition = () => ({
    pageSize: 'A4',
    content: modelText(model()).split('\n'),
    defaultStyle: { font: FONT_FAMILY, fontSize: 14 },
  })
  const plainBoldDefinition = () => {
    const [title = '', ...rest] = modelText(model()).split('\n')
    return { ...plainDefinition(), content: [{ text: title, bold: true }, ...rest] }
  }

  // Warm-up: fonts read and registered, modules loaded, JIT warm — for both sides alike.
  await renderPdf(model(), fonts)
  await pdfmake.createPdf(plainDefinition()).getBuffer()
  await pdfmake.createPdf(plainBoldDefinition()).getBuffer()
  const docx = await renderDocx(model())

  const ours: number[] = []
  const plain: number[] = []
  const plainBold: number[] = []
  // Interleaved, in a rotating order, so a busy moment on the shared machine (or the collector
  // cleaning up after the previous job) hits every side alike.
  const jobs: [number[], () => Promise<unknown>][] = [
    [ours, () => renderPdf(model(), fonts)],
    [plain, () => pdfmake.createPdf(plainDefinition()).getBuffer()],
    [plainBold, () => pdfmake.createPdf(plainBoldDefinition()).getBuffer()],
  ]
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < jobs.length; j++) {
      const [times, job] = jobs[(i + j) % jobs.length] as (typeof jobs)[number]
      times.push(...(await time(1, job)))
    }
  }
  const metrics: Metric[] = [
    metric('documents.agreement-pdf', ours),
    metric('documents.plain-pdfmake', plain),
    metric('documents.plain-pdfmake-bold', plainBold),
    metric('documents.agreement-docx', await time(RUNS, () => renderDocx(model()))),
  ]

  const notes: Record<string, string | number> = {
    'documents.case': `${detail.case.caseNo}, ${detail.case.parties.length} parties, agreement template v${templates.agreement.version}`,
    'documents.pdf-bytes': (await renderPdf(model(), fonts)).byteLength,
    'documents.docx-bytes': docx.byteLength,
  }
  const lo = soffice()
  if (lo) {
    const dir = await mkdtemp(join(tmpdir(), 'bench-lo-'))
    try {
      const file = join(dir, 'agreement.docx')
      await writeFile(file, docx)
      const args = [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'out'),
        file,
      ]
      await run(lo, args) // first start creates the profile
      metrics.push(metric('documents.libreoffice-pdf', await time(LO_RUNS, () => run(lo, args))))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  } else {
    notes['documents.libreoffice-pdf'] = 'skipped: soffice not installed'
  }

  const byName = new Map(metrics.map((m) => [m.name, m]))
  const ourMedian = byName.get('documents.agreement-pdf')?.median_ms ?? NaN
  const plainMedian = byName.get('documents.plain-pdfmake')?.median_ms ?? NaN
  notes['documents.ours-vs-plain'] = round(ourMedian / plainMedian)
  notes['documents.ours-vs-plain-bold'] = round(
    ourMedian / (byName.get('documents.plain-pdfmake-bold')?.median_ms ?? NaN),
  )
  const loMedian = byName.get('documents.libreoffice-pdf')?.median_ms
  if (loMedian !== undefined) notes['documents.libreoffice-vs-ours'] = round(loMedian / ourMedian)

  mergeResults(metrics, { notes, documentsMachine: machine() })

  for (const m of metrics) out(`${m.name.padEnd(30)} n=${m.n}  median ${m.median_ms} ms  p95 ${m.p95_ms} ms`)
  out(`ours / plain pdfmake: ${notes['documents.ours-vs-plain']}× (target ≤ 1.5×)`)
  out(`ours / plain pdfmake with a bold title: ${notes['documents.ours-vs-plain-bold']}×`)
  out(
    loMedian === undefined
      ? 'LibreOffice: skipped (soffice not installed)'
      : `LibreOffice / ours: ${notes['documents.libreoffice-vs-ours']}× (target ≥ 5×)`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
