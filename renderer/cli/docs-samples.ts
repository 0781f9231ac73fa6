/**
 * `npm run docs:samples -- DIR`: every template filled from the demo data (domain/demo), as DOCX and
 * PDF, one case's archive volume, and one effective signed agreement, written into DIR.
 *
 * Each template is filled from the first demo case it applies to (its kind of mediation, its
 * condition, its source record present); a template no demo case suits is filled from the
 * engine's fictional sample case instead, and the listing says so.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  ARCHIVE_PARTS,
  archiveVolume,
  documentsForCase,
  listTemplates,
  makeDocument,
  renderDocx,
  renderPdf,
  sampleDetailFor,
  templateSet,
  type CaseDetail,
  type FontSource,
} from '../src/output/documents'
import { demoDetails } from './demo-detail'
import { nodeFontSource } from './node-fonts'
import { signedAgreement } from './signed-agreement'

const DEMO_CASES = 400

async function main(): Promise<void> {
  const target = process.argv.slice(2).find((a) => a !== '--')
  if (!target) {
    console.error('usage: npm run docs:samples -- <folder>')
    process.exit(2)
  }
  const dir = resolve(target)
  await mkdir(dir, { recursive: true })
  const fonts: FontSource = nodeFontSource()
  const templates = templateSet()
  const details = demoDetails(DEMO_CASES)
  const lines: string[] = []
  /** The file numbers after the templates' (the archive volume, the signed agreement). */
  const next = (k: number) => String(listTemplates().length + 1 + k).padStart(2, '0')

  for (const [i, template] of listTemplates().entries()) {
    let source = 'demo'
    let found: { detail: CaseDetail; recordId: string | null } | null = null
    for (const detail of details) {
      if (!template.appliesTo.includes(detail.case.kind)) continue
      if (ARCHIVE_PARTS.includes(template.kind)) {
        found = { detail, recordId: null }
        break
      }
      const doc = documentsForCase(detail, templates).find((d) => d.kind === template.kind && d.available)
      if (doc) {
        found = { detail, recordId: doc.recordId }
        break
      }
    }
    if (!found) {
      source = 'sample'
      found = { detail: sampleDetailFor(template), recordId: null }
    }
    const model = makeDocument(found.detail, template, { recordId: found.recordId })
    const base = `${String(i + 1).padStart(2, '0')}-${template.kind}`
    await writeFile(join(dir, `${base}.pdf`), await renderPdf(model, fonts))
    await writeFile(join(dir, `${base}.docx`), await renderDocx(model))
    lines.push(`${base}  ${model.title}  (${source} ${found.detail.case.caseNo})`)
  }

  // The richest demo case (most documents) as one archive volume.
  const rich = details
    .map((detail) => ({
      detail,
      count: documentsForCase(detail, templates).filter((d) => d.available).length,
    }))
    .sort((a, b) => b.count - a.count)[0]
  if (rich) {
    const volume = await archiveVolume({ detail: rich.detail, templates }, fonts)
    await writeFile(join(dir, `${next(0)}-archive-volume.pdf`), volume.pdf)
    lines.push(
      `${next(0)}-archive-volume  卷宗 ${rich.detail.case.caseNo}: ${volume.entries.length} documents, ${volume.pageCount} pages`,
    )
  }

  const signed = await signedAgreement(details, fonts)
  if (signed) {
    await writeFile(join(dir, `${next(1)}-signed-agreement.pdf`), signed.pdf)
    lines.push(`${next(1)}-signed-agreement  ${signed.note}`)
  } else {
    lines.push(
      `${next(1)}-signed-agreement  not written: renderer/src/documents/signing offers no signing yet`,
    )
  }
  await writeFile(join(dir, 'README.txt'), `${lines.join('\n')}\n`)
  console.warn(`wrote ${lines.length} samples to ${dir}\n${lines.join('\n')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
