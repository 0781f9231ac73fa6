/**
 * Which form a case's agreement is made on, offered, signed and filed (the second reader's findings
 * on issue 14 item 6): an administrative case in a sector with its own form signs that form; an
 * oral agreement keeps the general form that records it; a people's 劳动争议 is offered the labour
 * form too but files only the 人民调解协议书 it signs; a volume holds a 调解会通知书 only when a
 * notice was recorded.
 */
import { describe, expect, it } from 'vitest'
import {
  agreementKindFor,
  archiveVolume,
  builtInTemplate,
  documentsForCase,
  makeDocument,
  modelText,
  templateSet,
} from '../../../renderer/src/output/documents'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { makeCaseDetail } from '../../builders/documents'

const templates = templateSet()
const fonts = nodeFontSource()
const offered = (detail: ReturnType<typeof makeCaseDetail>) =>
  documentsForCase(detail, templates).map((d) => d.kind)

describe('the agreement form of a case', { timeout: 120_000 }, () => {
  it('is the sector’s own for 治安, traffic and 劳动 cases, the general one otherwise', () => {
    expect(
      agreementKindFor(makeCaseDetail({ kind: 'administrative', sector: 'public-security' }), templates),
    ).toBe('police-agreement')
    expect(agreementKindFor(makeCaseDetail({ kind: 'administrative', sector: 'traffic' }), templates)).toBe(
      'traffic-mediation-document',
    )
    expect(agreementKindFor(makeCaseDetail({ kind: 'administrative', sector: 'labour' }), templates)).toBe(
      'labour-agreement',
    )
    expect(agreementKindFor(makeCaseDetail({ kind: 'administrative', sector: 'consumer' }), templates)).toBe(
      'admin-agreement',
    )
    expect(agreementKindFor(makeCaseDetail({ kind: 'people', disputeType: 'labour' }), templates)).toBe(
      'agreement',
    )
  })

  it('an oral agreement in an administrative 劳动 case keeps the 行政调解协议书 (the labour form is written only)', () => {
    const detail = makeCaseDetail({ kind: 'administrative', sector: 'labour', agreementForm: 'oral' })
    expect(offered(detail)).toContain('admin-agreement')
    expect(offered(detail)).not.toContain('labour-agreement')
    expect(agreementKindFor(detail, templates)).toBe('admin-agreement')
  })

  it('a people’s 劳动争议 volume files the 人民调解协议书 it signs, not the labour form beside it', async () => {
    const detail = makeCaseDetail({ kind: 'people', disputeType: 'labour' })
    expect(offered(detail)).toEqual(expect.arrayContaining(['agreement', 'labour-agreement']))
    const volume = await archiveVolume({ detail, templates }, fonts)
    const kinds = volume.documents.map((d) => d.kind)
    expect(kinds).toContain('agreement')
    expect(kinds).not.toContain('labour-agreement')
  })

  it('a volume holds no 调解会通知书 when no notice was recorded', async () => {
    const base = makeCaseDetail()
    const detail = { ...base, records: base.records.filter((r) => r.kind !== 'session-notice') }
    expect(offered(detail)).toContain('session-notice')
    const volume = await archiveVolume({ detail, templates }, fonts)
    expect(volume.documents.map((d) => d.kind)).not.toContain('session-notice')
    expect((await archiveVolume({ detail: base, templates }, fonts)).documents.map((d) => d.kind)).toContain(
      'session-notice',
    )
  })

  it('the 授权委托书 grants applying for 司法确认 only where the kind of mediation has it', () => {
    const text = (kind: 'people' | 'administrative' | 'court-delegated' | 'court-entrusted') =>
      modelText(makeDocument(makeCaseDetail({ kind }), builtInTemplate('power-of-attorney')))
    expect(text('people')).toContain('代为签收调解文书，代为申请司法确认。')
    expect(text('court-delegated')).toContain('代为申请司法确认')
    expect(text('administrative')).toContain('代为签收调解文书。')
    expect(text('administrative')).not.toContain('司法确认')
    expect(text('court-entrusted')).not.toContain('司法确认')
  })
})
