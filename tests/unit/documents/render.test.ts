/**
 * Every template, filled from builder data, as real DOCX and PDF bytes: the PDF carries every
 * required field's value and an embedded subset CJK font; the DOCX text is exactly the model's
 * text, in 仿宋/宋体; the PDF contains the same text; amounts appear in figures and capitals.
 */
import { describe, expect, it } from 'vitest'
import { NAME_LIST_FIELDS, type ScalarField } from '../../../renderer/src/domain/documents/fields'
import {
  assembleDocumentData,
  buildDocument,
  listTemplates,
  modelText,
  renderDocx,
  renderPdf,
} from '../../../renderer/src/output/documents'
import { detailFor } from '../../builders/documents'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { docxText, docxXml, pdfBody, pdfFonts, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()
const AMOUNT_KINDS = ['agreement', 'admin-agreement', 'oral-agreement-register', 'visit-record']

describe.each(listTemplates().map((t) => [t.kind, t] as const))(
  '%s',
  { timeout: 60_000 },
  (_kind, template) => {
    const detail = detailFor(template)
    const data = assembleDocumentData(detail, {
      archive: {
        entries: [{ index: 1, title: '调解申请书', date: '2026年3月1日', pages: '1', note: '' }],
        pageCount: 1,
      },
    })
    const model = buildDocument(template, data)

    it('has a value for every required field in the builder data', () => {
      expect(model.missing).toEqual([])
      expect(template.requiredFields.length).toBeGreaterThan(0)
    })

    it('PDF: every required field printed, a CJK subset font embedded, the model text present', async () => {
      const pdf = await renderPdf(model, fonts)
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
      const text = pdfBody(await pdfText(pdf))
      for (const field of template.requiredFields) {
        const value = data.fields[field as ScalarField]
        const parts = NAME_LIST_FIELDS.includes(field as ScalarField) ? value.split('、') : [value]
        for (const part of parts) expect(text, `${field}`).toContain(squash(part))
      }
      for (const line of modelText(model).split('\n')) expect(text).toContain(squash(line))
      const cjk = (await pdfFonts(pdf)).filter((f) => /NotoSerifSC/.test(f.name))
      expect(cjk.length).toBeGreaterThan(0)
      for (const f of cjk) {
        expect(f).toMatchObject({ embedded: true, subset: true })
        expect(f.name).toMatch(/^[A-Z]{6}\+/)
      }
    })

    it('DOCX: the same text as the model, east-Asian fonts 仿宋 and 宋体, A4', async () => {
      const docx = await renderDocx(model)
      expect(squash(docxText(docx))).toBe(squash(modelText(model)))
      const xml = docxXml(docx)
      expect(xml).toContain('w:eastAsia="仿宋"')
      expect(xml).toContain('w:eastAsia="宋体"')
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    })

    if (AMOUNT_KINDS.includes(template.kind)) {
      it('prints the agreed amount in figures and in Chinese capitals in both files', async () => {
        const [pdf, docx] = await Promise.all([renderPdf(model, fonts), renderDocx(model)])
        const pdfTextBody = pdfBody(await pdfText(pdf))
        const docxBody = squash(docxText(docx))
        for (const body of [pdfTextBody, docxBody]) {
          expect(body).toContain('12,000.00')
          expect(body).toContain('壹万贰仟元整')
        }
      })
    }
  },
)
