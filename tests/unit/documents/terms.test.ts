/**
 * Agreement terms as the template decides (issue 14): the built-in 人民调解协议书 and 行政调解协议书
 * print them as numbered paragraphs 一、二、三, each naming the obligor, the content, the amount,
 * the manner, the deadline and the 履行地点, in real DOCX and PDF bytes; a template may keep the
 * table instead (an administrator switches it in the editor); an optional `[[…]]` part whose
 * fields are empty is left out.
 */
import { describe, expect, it } from 'vitest'
import type { CaseDetail } from '../../../renderer/src/output/documents'
import { checkOverride } from '../../../renderer/src/domain/documents/override'
import {
  checkTemplate,
  documentTemplateSchema,
  TEMPLATE_MSG,
  type DocumentTemplate,
} from '../../../renderer/src/domain/documents/template'
import { BLANK } from '../../../renderer/src/output/documents/model'
import {
  builtInTemplate,
  makeDocument,
  modelText,
  renderDocx,
  renderPdf,
} from '../../../renderer/src/output/documents'
import { makeCaseDetail } from '../../builders/documents'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { docxText, pdfBody, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()

/** The builder's case with three terms: money with a place, money without one, and an apology. */
function withTerms(kind: 'people' | 'administrative' = 'people'): CaseDetail {
  const base = makeCaseDetail({ kind })
  const [applicant, respondent] = base.case.parties
  const records = base.records.map((r) =>
    r.kind === 'agreement'
      ? {
          ...r,
          data: {
            ...r.data,
            terms: [
              {
                id: 'term-1',
                description: '被申请人赔偿申请人维修费',
                amountFen: 1_200_000,
                obligorPartyId: respondent!.id,
                manner: '银行转账',
                dueDate: '2026-03-20',
                place: '本调解委员会',
              },
              {
                id: 'term-2',
                description: '被申请人支付申请人误工费',
                amountFen: 50_000,
                obligorPartyId: respondent!.id,
                manner: '现金',
                dueDate: '2026-03-25',
                place: '',
              },
              {
                id: 'term-3',
                description: '申请人撤回投诉',
                amountFen: 0,
                obligorPartyId: applicant!.id,
                manner: '书面',
                dueDate: '2026-03-06',
                place: '',
              },
            ],
          },
        }
      : r,
  ) as CaseDetail['records']
  return { ...base, records }
}

const EXPECTED = (respondent: string, applicant: string) => [
  `一、被申请人赔偿申请人维修费。履行义务人：${respondent}；金额：人民币12,000.00元（大写：壹万贰仟元整）；履行方式：银行转账；履行期限：2026年3月20日前；履行地点：本调解委员会。`,
  `二、被申请人支付申请人误工费。履行义务人：${respondent}；金额：人民币500.00元（大写：伍佰元整）；履行方式：现金；履行期限：2026年3月25日前。`,
  `三、申请人撤回投诉。履行义务人：${applicant}；履行方式：书面；履行期限：2026年3月6日前。`,
]

describe.each(['agreement', 'admin-agreement'] as const)('%s terms', { timeout: 60_000 }, (kind) => {
  const detail = withTerms(kind === 'agreement' ? 'people' : 'administrative')
  const [applicant, respondent] = detail.case.parties
  const expected = EXPECTED(respondent!.name, applicant!.name)

  it('print as 一、二、三 paragraphs with obligor, content, amount, manner, deadline and place', () => {
    const model = makeDocument(detail, builtInTemplate(kind))
    const paragraphs = model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    expect(paragraphs.filter((p) => /^[一二三]、/.test(p))).toEqual(expected)
    // no terms table any more
    expect(model.blocks.some((b) => b.type === 'table' && b.header?.includes('协议事项'))).toBe(false)
  })

  it('a description that ends its own sentence prints one 。, and a missing manner or deadline a blank', () => {
    const records = detail.records.map((r) =>
      r.kind === 'agreement'
        ? {
            ...r,
            data: {
              ...r.data,
              terms: [
                {
                  id: 'term-1',
                  description: '申请人撤回投诉。',
                  amountFen: 0,
                  obligorPartyId: applicant!.id,
                  manner: '',
                  dueDate: '',
                  place: '',
                },
              ],
            },
          }
        : r,
    ) as CaseDetail['records']
    const model = makeDocument({ ...detail, records }, builtInTemplate(kind))
    const paragraphs = model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    expect(paragraphs.filter((p) => p.startsWith('一、'))).toEqual([
      `一、申请人撤回投诉。履行义务人：${applicant!.name}；履行方式：${BLANK}；履行期限：${BLANK}前。`,
    ])
  })

  it('in the PDF and the DOCX, in order', async () => {
    const model = makeDocument(detail, builtInTemplate(kind))
    const [pdf, docx] = await Promise.all([renderPdf(model, fonts), renderDocx(model)])
    const pdfBodyText = pdfBody(await pdfText(pdf))
    const docxBody = squash(docxText(docx))
    expect(docxBody).toBe(squash(modelText(model)))
    for (const body of [pdfBodyText, docxBody]) {
      const at = expected.map((p) => body.indexOf(squash(p)))
      expect(
        at.every((i) => i >= 0),
        body,
      ).toBe(true)
      expect([...at].sort((a, b) => a - b)).toEqual(at)
      expect(body).not.toContain('履行义务人金额（元）')
    }
  })
})

describe('a table layout', { timeout: 60_000 }, () => {
  const asTable = (): DocumentTemplate => {
    const t = structuredClone(builtInTemplate('agreement'))
    for (const b of t.blocks) if (b.type === 'table') b.layout = 'table'
    return t
  }

  it('is still a choice of the template: the terms print as a table with its columns', async () => {
    const template = asTable()
    expect(checkOverride('agreement', template, builtInTemplate('agreement')).ok).toBe(true)
    const model = makeDocument(withTerms(), template)
    const table = model.blocks.find((b) => b.type === 'table' && b.header?.includes('协议事项'))
    expect(table?.type === 'table' && table.rows.map((r) => r[0])).toEqual(['1', '2', '3'])
    const docx = squash(docxText(await renderDocx(model)))
    expect(docx).toContain(squash('序号协议事项履行义务人'))
    expect(docx).not.toContain('一、被申请人赔偿申请人维修费')
  })

  it('a paragraphs layout needs its wording, and [[…]] must be closed', () => {
    const t = structuredClone(builtInTemplate('agreement')) as unknown as {
      blocks: { type: string; paragraph?: string }[]
    }
    const table = t.blocks.find((b) => b.type === 'table')!
    table.paragraph = ''
    expect(documentTemplateSchema.safeParse(t).success).toBe(false)
    table.paragraph = '{{term.ordinal}}、{{term.description}}[[，履行地点：{{term.place}}'
    const parsed = documentTemplateSchema.parse(t)
    expect(checkTemplate(parsed)).toContainEqual(
      expect.objectContaining({
        message: TEMPLATE_MSG.brokenBraces,
        path: expect.stringMatching(/\.paragraph$/),
      }),
    )
  })
})
