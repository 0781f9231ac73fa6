/**
 * Pages that keep together (issue 14 item 4): every template rendered with long data — 6 parties,
 * 10 agreed terms, long facts and statements — to PDF, and page by page (`pdftotext -f N -l N`) no
 * page holds only signatures or only the seal: the last paragraph, the signatures, the seal and the
 * date move to a page together. The same for the DOCX through LibreOffice where it is installed
 * (CI installs it; without `soffice` that test cannot run and says so).
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseDetail, DocumentTemplate } from '../../../renderer/src/output/documents'
import {
  buildDocument,
  assembleDocumentData,
  listTemplates,
  renderDocx,
  renderPdf,
  slotLines,
} from '../../../renderer/src/output/documents'
import type { DocModel } from '../../../renderer/src/output/documents/model'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { detailFor } from '../../builders/documents'
import { makeOrganisation, makePerson } from '../../builders/cases'
import { pdfPages, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()
const LONG = '双方因相邻关系发生争执，经多次协商未果，矛盾有所激化。'.repeat(30)

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** The template's case with 6 parties, 10 terms and long facts and statements. */
function longDetail(template: DocumentTemplate): CaseDetail {
  const base = detailFor(template)
  const persons = base.case.parties.every((p) => p.type === 'person')
  const parties = [
    ...base.case.parties,
    makePerson({ name: '王五', idNumber: '' }),
    makePerson({ role: 'respondent', name: '赵六', gender: 'male', idNumber: '' }),
    persons ? makePerson({ name: '钱七', idNumber: '' }) : makeOrganisation({ role: 'respondent' }),
    makePerson({ role: 'respondent', name: '孙八', idNumber: '' }),
  ] as CaseDetail['case']['parties']
  const records = base.records.map((r) => {
    if (r.kind === 'agreement') {
      const first = r.data.terms[0]!
      const terms = Array.from({ length: 10 }, (_, i) => ({
        ...first,
        id: i === 0 ? first.id : `term-${i + 1}`,
        description: `${first.description}（第${i + 1}项，${LONG.slice(0, 60)}）`,
      }))
      return { ...r, data: { ...r.data, terms, facts: LONG } }
    }
    if (r.kind === 'session') {
      return { ...r, data: { ...r.data, statements: r.data.statements.map((s) => ({ ...s, text: LONG })) } }
    }
    return r
  }) as CaseDetail['records']
  return { ...base, case: { ...base.case, parties, facts: LONG, requests: LONG.slice(0, 200) }, records }
}

function modelOf(template: DocumentTemplate): DocModel {
  const data = assembleDocumentData(longDetail(template), {
    archive: {
      entries: Array.from({ length: 12 }, (_, i) => ({
        index: i + 1,
        title: '调解申请书',
        date: '2026年3月1日',
        pages: String(i + 1),
        note: '',
      })),
      pageCount: 12,
    },
  })
  return buildDocument(template, data)
}

/** The squashed lines that only signatures and the seal print. */
function closingLines(model: DocModel): string[] {
  const lines: string[] = []
  for (const b of model.blocks) {
    if (b.type === 'signatures') for (const s of b.slots) lines.push(...slotLines(s))
    if (b.type === 'seal') lines.push(...b.lines)
  }
  return [...new Set(lines.map(squash).filter((l) => l !== ''))].sort((a, b) => b.length - a.length)
}

/** Pages whose whole text is signature or seal lines (and the page number). */
function lonelyPages(pages: string[], model: DocModel): number[] {
  const closing = closingLines(model)
  const out: number[] = []
  pages.forEach((page, i) => {
    let rest = squash(page).replace(/第\d+页共\d+页/g, '')
    if (rest === '') return
    for (const line of closing) rest = rest.split(line).join('')
    if (rest === '') out.push(i + 1)
  })
  return out
}

const templates = listTemplates().filter((t) =>
  t.blocks.some((b) => b.type === 'signatures' || b.type === 'seal'),
)

describe('pages keep together with long data', { timeout: 600_000 }, () => {
  it('PDF: no page of any template holds only signatures or only the seal', async () => {
    let multiPage = 0
    for (const template of templates) {
      const model = modelOf(template)
      const pages = await pdfPages(await renderPdf(model, fonts))
      if (pages.length > 1) multiPage += 1
      expect(lonelyPages(pages, model), template.kind).toEqual([])
    }
    // the data is long enough to break pages in most templates, or the test proves nothing
    expect(multiPage).toBeGreaterThan(templates.length / 3)
  })

  // LibreOffice is what lays the DOCX out here; CI installs it (.ci/run), a bare dev machine may not.
  it.skipIf(!hasSoffice)(
    'DOCX (through LibreOffice): no page holds only signatures or only the seal',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'docx-pages-'))
      try {
        const files: string[] = []
        for (const template of templates) {
          const docx = join(dir, `${template.kind}.docx`)
          await writeFile(docx, await renderDocx(modelOf(template)))
          files.push(docx)
        }
        // One LibreOffice for every file, with a profile of its own: a second soffice running on
        // the machine (another test run, an office user) would otherwise hold the default profile's
        // lock and make this one fail.
        const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
        execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
          stdio: 'ignore',
        })
        for (const template of templates) {
          const pages = await pdfPages(new Uint8Array(await readFile(join(dir, `${template.kind}.pdf`))))
          expect(lonelyPages(pages, modelOf(template)), template.kind).toEqual([])
        }
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  )
})
