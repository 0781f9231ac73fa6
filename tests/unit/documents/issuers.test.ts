/**
 * Each kind of mediation prints under its own body (issue 14 item 1): every document of an
 * administrative case, as real DOCX and PDF, names the 行政机关 and its 行调字 number and never
 * "人民调解委员会", 人调字 or 人民调解法; a people's case still prints the committee.
 */
import { describe, expect, it } from 'vitest'
import {
  documentsForCase,
  makeDocument,
  modelText,
  renderDocx,
  renderPdf,
  templateSet,
} from '../../../renderer/src/output/documents'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { ADMIN_BODY, makeCaseDetail, ORGANISATION } from '../../builders/documents'
import { docxText, pdfBody, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()
const templates = templateSet()

describe('issuing body per kind', { timeout: 120_000 }, () => {
  it('an administrative case: no committee, no 人调字, no 人民调解法, in every document and both files', async () => {
    const detail = makeCaseDetail({ kind: 'administrative' })
    const docs = documentsForCase(detail, templates).filter((d) => d.available)
    expect(docs.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['admin-application', 'admin-rights-notice']),
    )
    expect(docs.map((d) => d.kind)).not.toContain('application')
    expect(docs.map((d) => d.kind)).not.toContain('rights-notice')
    for (const doc of docs) {
      const model = makeDocument(detail, templates[doc.kind], { recordId: doc.recordId })
      const text = modelText(model)
      for (const banned of ['人民调解委员会', '人调字', '人民调解法', '人民调解不收取任何费用']) {
        expect(text, `${doc.kind}: ${banned}`).not.toContain(banned)
      }
      if (!templates[doc.kind].requiredFields.includes('organisation.name')) continue
      expect(text, doc.kind).toContain(ADMIN_BODY.name)
    }
    // the bytes themselves, for the two new templates
    for (const kind of ['admin-application', 'admin-rights-notice'] as const) {
      const doc = docs.find((d) => d.kind === kind)!
      const model = makeDocument(detail, templates[kind], { recordId: doc.recordId })
      const [pdf, docx] = await Promise.all([renderPdf(model, fonts), renderDocx(model)])
      for (const body of [pdfBody(await pdfText(pdf)), squash(docxText(docx))]) {
        expect(body).toContain(squash(ADMIN_BODY.name))
        expect(body).toContain('行调字')
        expect(body).not.toContain('人民调解委员会')
        expect(body).not.toContain('人调字')
      }
    }
  })

  it("a people's case prints the committee and its 人调字 number", () => {
    const detail = makeCaseDetail({ kind: 'people' })
    const model = makeDocument(detail, templates['rights-notice'], {
      recordId: detail.records.find((r) => r.kind === 'notice')?.id ?? null,
    })
    const text = modelText(model)
    expect(text).toContain(ORGANISATION.name)
    expect(text).toContain('人调字')
    expect(text).toContain('人民调解法')
  })
})
