/**
 * The 司法确认 packet and signatures by party type (issue 14 items 2 and 3), as real PDF and DOCX:
 * offered only once the parties apply (a `judicial-confirmation` record), never for 委托调解 or an
 * oral agreement; 此致 and the court and date lines always printed, with blanks when unknown;
 * 送达地址确认, the terms restated and the attachments of 法释〔2011〕5号 Art. 3; an organisation
 * signs through its 法定代表人 with a 单位印章 box and no fingerprint box; a person gets a 指印 box.
 */
import { describe, expect, it } from 'vitest'
import type { CaseDetail } from '../../../renderer/src/output/documents'
import {
  documentsForCase,
  makeDocument,
  modelText,
  renderDocx,
  renderPdf,
  templateSet,
} from '../../../renderer/src/output/documents'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { makeCaseDetail } from '../../builders/documents'
import { docxText, pdfBody, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()
const templates = templateSet()
const JC = ['judicial-confirmation-person', 'judicial-confirmation-organisation']

const kindsOf = (detail: CaseDetail) => documentsForCase(detail, templates).map((d) => d.kind)
const withoutApplication = (detail: CaseDetail): CaseDetail => ({
  ...detail,
  records: detail.records.filter((r) => r.kind !== 'judicial-confirmation'),
})

describe('司法确认 packet', { timeout: 60_000 }, () => {
  it('is offered only once the parties apply, and never for 委托调解 or an oral agreement', () => {
    const applied = makeCaseDetail()
    expect(kindsOf(applied)).toContain('judicial-confirmation-organisation')
    expect(kindsOf(withoutApplication(applied)).filter((k) => JC.includes(k))).toEqual([])
    expect(kindsOf(makeCaseDetail({ kind: 'court-entrusted' })).filter((k) => JC.includes(k))).toEqual([])
    expect(kindsOf(makeCaseDetail({ agreementForm: 'oral' })).filter((k) => JC.includes(k))).toEqual([])
    expect(kindsOf(makeCaseDetail({ kind: 'court-delegated' }))).toContain(
      'judicial-confirmation-organisation',
    )
  })

  it('with no court and no date still prints 此致 and blank court and date lines, in both files', async () => {
    const detail = makeCaseDetail()
    const application = detail.records.find((r) => r.kind === 'judicial-confirmation')!
    Object.assign(application.data, { court: '', appliedAt: '' })
    const model = makeDocument(detail, templates['judicial-confirmation-organisation'], {
      recordId: application.id,
    })
    expect(model.missing).toEqual(expect.arrayContaining(['judicial.court', 'judicial.appliedDate']))
    const lines = modelText(model).split('\n')
    const zhici = lines.indexOf('此致')
    expect(zhici).toBeGreaterThan(0)
    expect(lines[zhici + 1]).toBe('________人民法院')
    expect(lines).toContain('____年__月__日')
    const [pdf, docx] = await Promise.all([renderPdf(model, fonts), renderDocx(model)])
    for (const body of [pdfBody(await pdfText(pdf)), squash(docxText(docx))]) {
      expect(body).toContain('此致________人民法院')
      expect(body).toContain('____年__月__日')
    }
  })

  it('restates the terms, confirms the service addresses and lists the Art. 3 attachments', () => {
    const detail = makeCaseDetail()
    const text = modelText(makeDocument(detail, templates['judicial-confirmation-organisation']))
    expect(text).toContain('送达地址确认')
    expect(text).toMatch(/送达地址.+联系电话/)
    expect(text).toContain('一、')
    for (const item of [
      '调解协议书',
      '身份证明',
      '资格证明',
      '授权委托书',
      '财产权利证明',
      '法释〔2011〕5号',
    ]) {
      expect(text).toContain(item)
    }
  })
})

describe('signature slots by party type', { timeout: 60_000 }, () => {
  it('an organisation: its legal representative or agent, a 单位印章 box, no 指印; a person: 签名 and 指印', async () => {
    const detail = makeCaseDetail()
    const model = makeDocument(detail, templates['judicial-confirmation-organisation'])
    const block = model.blocks.find((b) => b.type === 'signatures')
    if (block?.type !== 'signatures') throw new Error('no signatures')
    const [person, organisation] = block.slots
    expect(person).toMatchObject({ fingerprint: true, sealBox: false, signLabel: '签名：' })
    expect(organisation).toMatchObject({ fingerprint: false, sealBox: true })
    expect(organisation?.signLabel).toContain('法定代表人')
    const [pdf, docx] = await Promise.all([renderPdf(model, fonts), renderDocx(model)])
    for (const body of [pdfBody(await pdfText(pdf)), squash(docxText(docx))]) {
      expect(body).toContain('单位印章')
      expect(body).toContain('法定代表人或委托代理人签名')
      expect(body.split('指印').length - 1).toBe(1)
    }
  })

  it('an agent signs under their own name with the principal named', () => {
    const detail = makeCaseDetail()
    const text = modelText(makeDocument(detail, templates.agreement))
    expect(text).toContain('委托代理人：赵代理（委托人：')
  })
})
