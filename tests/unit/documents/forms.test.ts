/**
 * The forms added for issue 14 item 6, as real DOCX and PDF bytes: which case each is offered on
 * (kind of mediation, sector, dispute type, the case's records and state), its title, the fields it
 * must print, the wording under an administrative body (no 人民调解委员会, no 人调字), the 治安
 * warning of 治安管理处罚法 Art. 9, the 支付令 of the labour agreement, the traffic 调解会通知's date
 * from the issue-13 rule, and the 备考表 closing the archive volume.
 */
import { describe, expect, it } from 'vitest'
import { NAME_LIST_FIELDS, type ScalarField } from '../../../renderer/src/domain/documents/fields'
import type { DocumentKind } from '../../../renderer/src/domain/documents/template'
import { DEFAULT_DEADLINE_RULES } from '../../../renderer/src/domain/deadlines'
import type { CaseDetail } from '../../../renderer/src/output/documents'
import {
  assembleDocumentData,
  buildDocument,
  documentsForCase,
  makeDocument,
  modelText,
  ON_REQUEST,
  renderDocx,
  renderPdf,
  sampleDetailFor,
  templateSet,
} from '../../../renderer/src/output/documents'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { makeOrganisation, makePerson } from '../../builders/cases'
import { ADMIN_BODY, makeCaseDetail, ORGANISATION } from '../../builders/documents'
import { docxText, pdfBody, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()
const templates = templateSet()
const kindsOf = (detail: CaseDetail) => documentsForCase(detail, templates).map((d) => d.kind)
const planned = (detail: CaseDetail, kind: DocumentKind) => {
  const doc = documentsForCase(detail, templates).find((d) => d.kind === kind)
  if (!doc) throw new Error(`${kind} not offered`)
  return doc
}

/** The document as both files' text (squashed), with its model and data. */
async function made(detail: CaseDetail, kind: DocumentKind) {
  const doc = planned(detail, kind)
  const data = assembleDocumentData(detail, { recordId: doc.recordId ?? undefined })
  const model = buildDocument(templates[kind], data)
  const [pdf, docx] = await Promise.all([renderPdf(model, fonts), renderDocx(model)])
  return {
    doc,
    data,
    model,
    text: modelText(model),
    bodies: [pdfBody(await pdfText(pdf)), squash(docxText(docx))],
  }
}

const traffic = () => makeCaseDetail({ kind: 'administrative', sector: 'traffic' })
const police = () => makeCaseDetail({ kind: 'administrative', sector: 'public-security' })
const labour = () => makeCaseDetail({ kind: 'administrative', sector: 'labour' })
const withoutAgent = (): CaseDetail => makeCaseDetail({ parties: [makePerson(), makeOrganisation()] })

describe('new forms: what each case is offered', () => {
  it('授权委托书 only where a party acts through an agent', () => {
    expect(kindsOf(makeCaseDetail())).toContain('power-of-attorney')
    expect(kindsOf(withoutAgent())).not.toContain('power-of-attorney')
    for (const kind of ['administrative', 'court-delegated', 'court-entrusted'] as const)
      expect(kindsOf(makeCaseDetail({ kind }))).toContain('power-of-attorney')
  })

  it("人民调解不予受理告知书 for a rejected people's case only; the administrative one for 行政调解", () => {
    const people = makeCaseDetail()
    expect(kindsOf(people)).toContain('rejection-notice')
    const notRejected = {
      ...people,
      records: people.records.filter((r) => !(r.kind === 'transition' && r.data.to === 'rejected')),
    }
    expect(kindsOf(notRejected)).not.toContain('rejection-notice')
    const admin = kindsOf(makeCaseDetail({ kind: 'administrative' }))
    expect(admin).toContain('admin-rejection-notice')
    expect(admin).not.toContain('rejection-notice')
    expect(kindsOf(makeCaseDetail({ kind: 'court-delegated' }))).not.toContain('rejection-notice')
  })

  it('sector forms: 治安, traffic and labour agreements replace the general 行政调解协议书', () => {
    const ps = kindsOf(police())
    expect(ps).toContain('police-agreement')
    expect(ps).not.toContain('admin-agreement')
    expect(ps).not.toContain('traffic-mediation-document')
    const tr = kindsOf(traffic())
    expect(tr).toEqual(expect.arrayContaining(['traffic-mediation-document', 'traffic-termination']))
    expect(tr).not.toContain('admin-agreement')
    expect(tr).not.toContain('admin-termination-notice')
    expect(tr).not.toContain('police-agreement')
    const lb = kindsOf(labour())
    expect(lb).toContain('labour-agreement')
    expect(lb).not.toContain('admin-agreement')
    const consumer = kindsOf(makeCaseDetail({ kind: 'administrative' }))
    expect(consumer).toEqual(expect.arrayContaining(['admin-agreement', 'admin-termination-notice']))
    for (const k of [
      'police-agreement',
      'traffic-mediation-document',
      'traffic-termination',
      'labour-agreement',
    ])
      expect(consumer).not.toContain(k)
    // a people's 劳动争议 gets the labour form besides the 人民调解协议书; other disputes do not
    expect(kindsOf(makeCaseDetail({ disputeType: 'labour' }))).toEqual(
      expect.arrayContaining(['agreement', 'labour-agreement']),
    )
    expect(kindsOf(makeCaseDetail())).not.toContain('labour-agreement')
    // an oral agreement is no 劳动争议调解协议书
    expect(kindsOf(makeCaseDetail({ disputeType: 'labour', agreementForm: 'oral' }))).not.toContain(
      'labour-agreement',
    )
  })

  it("court-linked cases: the letter's 回执, titled 委派 or 委托; none for other kinds", () => {
    expect(planned(makeCaseDetail({ kind: 'court-delegated' }), 'court-letter-receipt').title).toBe(
      '委派调解函回执',
    )
    expect(planned(makeCaseDetail({ kind: 'court-entrusted' }), 'court-letter-receipt').title).toBe(
      '委托调解函回执',
    )
    expect(planned(makeCaseDetail({ kind: 'court-delegated' }), 'court-report').title).toBe(
      '委派调解结果报告',
    )
    expect(planned(makeCaseDetail({ kind: 'court-entrusted' }), 'court-report').title).toBe(
      '委托调解结果报告',
    )
    expect(kindsOf(makeCaseDetail())).not.toContain('court-letter-receipt')
    expect(kindsOf(makeCaseDetail({ kind: 'administrative' }))).not.toContain('court-letter-receipt')
  })

  it('卷宗情况说明 once mediation is over, on request (not in every volume); the 备考表 is a part of the volume', () => {
    const closed = makeCaseDetail()
    expect(kindsOf(closed)).toContain('archive-note')
    expect(ON_REQUEST.has('archive-note')).toBe(true)
    expect(kindsOf({ ...closed, case: { ...closed.case, status: 'mediating' } })).not.toContain(
      'archive-note',
    )
    expect(kindsOf(closed)).not.toContain('archive-back-cover')
  })
})

describe('new forms: wording and fields, in both files', { timeout: 120_000 }, () => {
  it('every new form prints its required fields and its title, in the PDF and the DOCX', async () => {
    const cases: [DocumentKind, CaseDetail][] = [
      ['power-of-attorney', makeCaseDetail()],
      ['rejection-notice', makeCaseDetail()],
      ['session-notice', traffic()],
      ['labour-agreement', labour()],
      ['police-agreement', police()],
      ['traffic-mediation-document', traffic()],
      ['traffic-termination', traffic()],
      ['court-letter-receipt', makeCaseDetail({ kind: 'court-delegated' })],
      ['archive-note', makeCaseDetail()],
    ]
    for (const [kind, detail] of cases) {
      const { model, data, bodies } = await made(detail, kind)
      expect(model.missing, kind).toEqual([])
      for (const body of bodies) {
        expect(body, kind).toContain(squash(model.title))
        for (const field of templates[kind].requiredFields) {
          const value = data.fields[field as ScalarField]
          const parts = NAME_LIST_FIELDS.includes(field as ScalarField) ? value.split('、') : [value]
          for (const part of parts) expect(body, `${kind} ${field}`).toContain(squash(part))
        }
      }
    }
  })

  it('授权委托书: principal and agent, 一般授权 / 特别授权 with the listed powers, both sign', async () => {
    const { text, bodies, model } = await made(makeCaseDetail(), 'power-of-attorney')
    expect(text).toContain('委托人：张三')
    expect(text).toContain('受托人（委托代理人）：赵代理')
    // the agent's ID number is not recorded: a blank to fill in by hand
    expect(text).toContain('身份证件号码：________')
    for (const body of bodies) {
      expect(body).toContain(squash('□一般授权　□特别授权'))
      expect(body).toContain(squash('代为承认、放弃、变更调解请求，代为进行和解，代为签署调解协议书'))
    }
    const slots = model.blocks.flatMap((b) => (b.type === 'signatures' ? b.slots : []))
    expect(slots.map((s) => s.label)).toEqual(['委托人：张三', '受托人：赵代理（委托人：张三）'])
    expect(slots[0]?.fingerprint).toBe(true)
  })

  it('人民调解不予受理告知书 names the committee and the reason', async () => {
    const { text, bodies } = await made(makeCaseDetail(), 'rejection-notice')
    expect(text).toContain('人民调解不予受理告知书')
    expect(text).toContain('申请调解的事项不属于本机关调解范围')
    for (const body of bodies) {
      expect(body).toContain(squash(ORGANISATION.name))
      expect(body).toContain('本委员会决定不予受理')
    }
  })

  it('治安调解协议书 carries the warning of 治安管理处罚法 Art. 9, in both files', async () => {
    const { bodies } = await made(police(), 'police-agreement')
    for (const body of bodies) {
      expect(body).toContain('治安管理处罚法》第九条')
      expect(body).toContain(
        squash('经调解未达成协议或者达成协议后不履行的，公安机关应当依法对违反治安管理行为人给予处罚'),
      )
      expect(body).toContain('可以就民事争议依法向人民法院提起民事诉讼')
    }
  })

  it('劳动争议调解协议书: effect under Art. 14, arbitration (Art. 15) and the 支付令 (Art. 16)', async () => {
    for (const detail of [labour(), makeCaseDetail({ disputeType: 'labour' })]) {
      const { bodies } = await made(detail, 'labour-agreement')
      for (const body of bodies) {
        expect(body).toContain('劳动争议调解仲裁法》第十四条')
        expect(body).toContain('另一方当事人可以依法申请仲裁')
        expect(body).toContain('向人民法院申请支付令')
      }
    }
  })

  it('traffic: the 调解书 and 调解终结书 cite 实施条例 Arts. 94–95 and the 事故认定书', async () => {
    const doc = await made(traffic(), 'traffic-mediation-document')
    for (const body of doc.bodies) {
      expect(body).toContain('道路交通事故损害赔偿调解书')
      expect(body).toContain('第2102110000001号')
      expect(body).toContain('调解自治疗终结之日（2026年3月2日）起计算')
      expect(body).toContain('本调解书经各方当事人共同签字后生效')
    }
    const end = await made(traffic(), 'traffic-termination')
    for (const body of end.bodies) {
      expect(body).toContain('道路交通事故损害赔偿调解终结书')
      expect(body).toContain('实施条例》第九十五条')
      expect(body).toContain('本机关终结调解')
    }
  })

  it('调解会通知书: a traffic case states the 3-day rule and the latest day, from the deadline rules', async () => {
    const { text, bodies } = await made(traffic(), 'session-notice')
    expect(text).toContain('定于2026年3月5日在街道调解室召开调解会')
    for (const body of bodies)
      expect(body).toContain(
        squash('调解三日前将调解的时间、地点通知各方当事人，本通知最迟于2026年3月2日送达'),
      )
    // the room's own rule wins over the default (here: 5 days)
    const rules = DEFAULT_DEADLINE_RULES.map((r) =>
      r.purpose === 'session-notice' ? { ...r, length: 5 } : r,
    )
    const own = makeDocument({ ...traffic(), deadlineRules: rules }, templates['session-notice'])
    expect(modelText(own)).toContain(
      '调解五日前将调解的时间、地点通知各方当事人，本通知最迟于2026年2月28日送达',
    )
    // other cases have no such rule: no such sentence
    const people = modelText(makeDocument(makeCaseDetail(), templates['session-notice']))
    expect(people).toContain('召开调解会')
    expect(people).not.toContain('三日前')
    // no notice recorded: blanks to fill in by hand, named as missing
    const none = makeCaseDetail()
    none.records = none.records.filter((r) => r.kind !== 'session-notice')
    const blank = makeDocument(none, templates['session-notice'])
    expect(blank.missing).toEqual(expect.arrayContaining(['sessionNotice.date', 'sessionNotice.place']))
    expect(modelText(blank)).toContain('定于________在________召开调解会')
  })

  it('the court report says what the parties ask: 司法确认 (委派), 调解书 or 撤诉 (委托); a blank when unknown', async () => {
    const delegated = await made(makeCaseDetail({ kind: 'court-delegated' }), 'court-report')
    for (const body of delegated.bodies) {
      expect(body).toContain('委派调解结果报告')
      expect(body).toContain('当事人的请求：申请司法确认')
      expect(body).not.toContain('委派（委托）')
    }
    const entrusted = await made(makeCaseDetail({ kind: 'court-entrusted' }), 'court-report')
    for (const body of entrusted.bodies) {
      expect(body).toContain('委托调解结果报告')
      expect(body).toContain('当事人的请求：请求法院出具调解书')
    }
    const unknown = makeCaseDetail({ kind: 'court-delegated' })
    const report = unknown.records.find((r) => r.kind === 'court-report')!
    Object.assign(report.data, { request: '' })
    const model = makeDocument(unknown, templates['court-report'], { recordId: report.id })
    expect(model.missing).toContain('report.request')
    expect(modelText(model)).toContain('当事人的请求：________。')
    Object.assign(report.data, { result: 'failed' })
    expect(modelText(makeDocument(unknown, templates['court-report'], { recordId: report.id }))).toContain(
      '当事人的请求：无。',
    )
  })

  it('administrative cases of every sector: no 人民调解委员会, 人调字 or 人民调解法 in any document, both files', async () => {
    for (const detail of [police(), traffic(), labour(), makeCaseDetail({ kind: 'administrative' })]) {
      for (const doc of documentsForCase(detail, templates).filter((d) => d.available)) {
        const model = makeDocument(detail, templates[doc.kind], { recordId: doc.recordId })
        const text = modelText(model)
        for (const banned of ['人民调解委员会', '人调字', '人民调解法', '人民调解员'])
          expect(text, `${detail.case.sector} ${doc.kind}: ${banned}`).not.toContain(banned)
        if (templates[doc.kind].requiredFields.includes('organisation.name'))
          expect(text, doc.kind).toContain(ADMIN_BODY.name)
      }
      // the bytes of the new forms
      for (const kind of [
        'power-of-attorney',
        'session-notice',
        'police-agreement',
        'traffic-mediation-document',
        'traffic-termination',
        'labour-agreement',
        'archive-note',
      ] as const) {
        if (!kindsOf(detail).includes(kind)) continue
        const { bodies } = await made(detail, kind)
        for (const body of bodies) {
          expect(body, kind).not.toContain('人民调解委员会')
          expect(body, kind).not.toContain('人调字')
          expect(body, kind).toContain(squash(ADMIN_BODY.name))
        }
      }
    }
  })

  it('the template preview uses a case its conditions fit (sector, dispute type, an agent)', () => {
    for (const kind of [
      'police-agreement',
      'traffic-mediation-document',
      'labour-agreement',
      'power-of-attorney',
    ] as const) {
      const detail = sampleDetailFor(templates[kind])
      expect(kindsOf(detail), kind).toContain(kind)
      expect(makeDocument(detail, templates[kind]).missing, kind).toEqual([])
    }
  })
})
