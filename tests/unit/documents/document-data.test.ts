/** What documents print from a case: fields, lists, per-record documents, blanks, signature slots. */
import { describe, expect, it } from 'vitest'
import {
  assembleDocumentData,
  BLANK,
  buildDocument,
  builtInTemplate,
  documentsForCase,
  makeDocument,
  modelText,
  printCopies,
  templateSet,
} from '../../../renderer/src/output/documents'
import { OBLIGOR_ALL, OBLIGOR_LEGACY } from '../../../renderer/src/domain/cases/records'
import { makeOrganisation, makePerson } from '../../builders/cases'
import { makeCaseDetail, MEDIATOR_NAME, RECORDER_NAME } from '../../builders/documents'

describe('assembleDocumentData', () => {
  it('describes persons and organisations, with the agent', () => {
    const data = assembleDocumentData(makeCaseDetail())
    const [person, org] = data.lists.parties
    expect(person?.['party.details']).toBe(
      '女，汉族，1949年12月31日出生，退休，住大连市甘井子区某街道1号，居民身份证号码11010519491231002X，联系电话13800138000',
    )
    expect(person?.['party.agent']).toBe('委托代理人：赵代理，联系电话13900139000。')
    expect(org?.['party.details']).toContain('统一社会信用代码91440300708461136T')
    expect(org?.['party.details']).toContain('法定代表人李四')
    expect(data.fields['parties.names']).toBe('张三、大连某物业服务有限公司')
    expect(data.fields['applicants.names']).toBe('张三')
  })

  it('writes amounts in figures and capitals, copies as parties + 1 in Chinese', () => {
    const detail = makeCaseDetail({
      parties: [
        makePerson(),
        makeOrganisation(),
        makePerson({ role: 'third-party', name: '王五', idNumber: '' }),
      ],
    })
    const data = assembleDocumentData(detail)
    expect(data.lists.terms[0]).toMatchObject({
      'term.amountFigures': '12,000.00',
      'term.amountCapitals': '壹万贰仟元整',
      'term.dueDate': '2026年3月20日',
      'term.obligor': '大连某物业服务有限公司',
    })
    expect(data.fields['agreement.totalCapitals']).toBe('壹万贰仟元整')
    expect(data.fields['copies.count']).toBe('四')
    expect(printCopies(detail)).toBe(4)
  })

  it('names who wrote a record and the mediator of the case', () => {
    const data = assembleDocumentData(makeCaseDetail())
    expect(data.fields['case.mediator']).toBe(MEDIATOR_NAME)
    expect(data.fields['session.recorder']).toBe(RECORDER_NAME)
    expect(data.fields['session.date']).toBe('2026年3月5日 9时30分')
    expect(data.lists.statements.map((s) => s['statement.party'])).toEqual([
      '申请人张三',
      '被申请人大连某物业服务有限公司',
    ])
  })

  it('uses the chosen record for a per-record document, the latest otherwise', () => {
    const detail = makeCaseDetail()
    const first = detail.records.find((r) => r.kind === 'session')!
    const second = {
      ...first,
      id: 'second-session',
      createdAt: '2026-03-06T01:00:00.000Z',
      data: { ...first.data, place: '社区第二调解室' },
    }
    detail.records.push(second)
    expect(assembleDocumentData(detail).fields['session.place']).toBe('社区第二调解室')
    expect(assembleDocumentData(detail, { recordId: first.id }).fields['session.place']).toBe('街道调解室')
    const sessions = documentsForCase(detail, templateSet()).filter((d) => d.kind === 'session-record')
    expect(sessions.map((d) => d.recordId)).toEqual([first.id, 'second-session'])
  })
})

describe('the obligor printed with each term', () => {
  it('a party, every party, or — for a term stored before the choice was required — the respondents', () => {
    const detail = makeCaseDetail()
    const agreement = detail.records.find((r) => r.kind === 'agreement')!
    if (agreement.kind !== 'agreement') throw new Error('no agreement')
    const base = agreement.data.terms[0]!
    const withTerms = (...ids: string[]) => ({
      ...detail,
      records: detail.records.map((r) =>
        r.kind === 'agreement'
          ? {
              ...r,
              data: { ...r.data, terms: ids.map((id, i) => ({ ...base, id: `t${i}`, obligorPartyId: id })) },
            }
          : r,
      ),
    })
    const [applicant] = detail.case.parties
    const data = assembleDocumentData(withTerms(applicant!.id, OBLIGOR_ALL, OBLIGOR_LEGACY))
    expect(data.lists.terms.map((t) => t['term.obligor'])).toEqual([
      '张三',
      '各方当事人',
      '大连某物业服务有限公司',
    ])
    // the agreement's table has the column, and prints the name in it
    const model = buildDocument(builtInTemplate('agreement'), data)
    expect(modelText(model)).toContain('履行义务人')
    expect(modelText(model)).toContain('各方当事人')
  })
})

describe('buildDocument', () => {
  it('prints a blank for a missing value, reports it as missing, and leaves out an empty note', () => {
    const detail = makeCaseDetail()
    detail.records = detail.records.filter((r) => r.kind !== 'court-report')
    detail.case = { ...detail.case, kind: 'court-delegated' }
    const model = makeDocument(detail, builtInTemplate('court-report'))
    expect(model.missing).toEqual(expect.arrayContaining(['court.name', 'report.result', 'report.date']))
    const text = modelText(model)
    expect(text).toContain(`调解结果：${BLANK}。`)
    // report.note alone makes a paragraph: it is left out rather than printed as a lone blank line.
    const paragraphs = model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    expect(paragraphs).not.toContain(BLANK)
    // The date under the seal stays, as a line to fill in by hand.
    const seal = model.blocks.find((b) => b.type === 'seal')
    expect(seal?.type === 'seal' && seal.lines[1]).toBe(BLANK)
  })

  it('makes one signature slot per party, agent, mediator and named signer, with images when signed', () => {
    const detail = makeCaseDetail()
    const data = assembleDocumentData(detail)
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwMAAAA0AAXTRxrYAAAAASUVORK5CYII=',
        'base64',
      ),
    )
    const [a, b] = detail.case.parties
    const model = buildDocument(builtInTemplate('agreement'), data, {
      signatures: { [`party:${a!.id}`]: { image: png, signedAt: '2026-03-05T02:03:00.000Z' } },
      seal: png,
    })
    const block = model.blocks.find((x) => x.type === 'signatures')
    expect(block?.type === 'signatures' && block.slots.map((s) => s.id)).toEqual([
      `party:${a!.id}`,
      `party:${b!.id}`,
      `agent:${a!.id}`,
      'mediator',
      // issue 14: the agreement names its 记录人 too
      'recorder',
    ])
    const signed = block?.type === 'signatures' ? block.slots[0] : undefined
    expect(signed?.signature).toMatchObject({ type: 'png', width: 2, height: 1 })
    expect(signed?.signedAt).toMatch(/^2026年3月5日 \d\d:03$/)
    expect(signed?.fingerprint).toBe(true)
    const seal = model.blocks.find((x) => x.type === 'seal')
    expect(seal?.type === 'seal' && seal.image?.type).toBe('png')
    expect(() =>
      buildDocument(builtInTemplate('agreement'), data, { seal: new TextEncoder().encode('not an image') }),
    ).toThrow('seal image is not PNG or JPEG')
  })
})

describe('documentsForCase', () => {
  it('gives each kind of mediation its own documents, in archive order', () => {
    const people = documentsForCase(makeCaseDetail(), templateSet()).map((d) => d.kind)
    expect(people).toEqual([
      'application',
      'power-of-attorney',
      'acceptance-register',
      'rejection-notice',
      'rights-notice',
      'investigation-record',
      'session-notice',
      'session-record',
      'agreement',
      'termination-notice',
      'visit-record',
      'judicial-confirmation-organisation',
      'archive-note',
    ])
    const admin = documentsForCase(makeCaseDetail({ kind: 'administrative' }), templateSet()).map(
      (d) => d.kind,
    )
    expect(admin).toContain('admin-agreement')
    expect(admin).toContain('admin-acceptance-notice')
    expect(admin).not.toContain('agreement')
    const court = documentsForCase(makeCaseDetail({ kind: 'court-entrusted' }), templateSet()).map(
      (d) => d.kind,
    )
    expect(court).toContain('court-report')
  })

  it('lists a document whose record is missing as not yet available, with what it needs', () => {
    const detail = makeCaseDetail()
    detail.records = detail.records.filter((r) => r.kind !== 'visit')
    const visit = documentsForCase(detail, templateSet()).find((d) => d.kind === 'visit-record')
    expect(visit).toMatchObject({ available: false, needs: 'visit', recordId: null })
  })

  it('picks the oral-agreement register for an oral agreement', () => {
    const kinds = documentsForCase(makeCaseDetail({ agreementForm: 'oral' }), templateSet()).map(
      (d) => d.kind,
    )
    expect(kinds).toContain('oral-agreement-register')
    expect(kinds).not.toContain('agreement')
    // Only a written agreement can be brought to a court for judicial confirmation.
    expect(kinds.filter((k) => k.startsWith('judicial-confirmation'))).toEqual([])
  })
})
