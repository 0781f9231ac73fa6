/**
 * How a version's signatures reach the engine's slots: a party's own signature in its slot, an
 * agent's in the agent's slot (the party's slot saying who signed for them), a guardian's in the
 * party's slot with the guardian named, a fingerprint on paper said in words; the seal stamped;
 * the printed effective date the day it took effect.
 */
import { describe, expect, it } from 'vitest'
import { caseSchema } from '../../../../renderer/src/domain/cases/case'
import { agreementSchema } from '../../../../renderer/src/domain/cases/records'
import {
  signatureSlots,
  type Agreement,
  type SignatureEntry,
} from '../../../../renderer/src/domain/documents/agreement'
import { modelText, type ModelSlot } from '../../../../renderer/src/output/documents'
import { agreementModel } from '../../../../renderer/src/output/signing/agreement-renderer'
import { makeRegistration, makePerson } from '../../../builders/cases'
import { makePng, makeSignaturePng } from '../../../builders/png'
import { agreement as agreementRecord } from '../../../builders/records'

const AT = '2026-03-05T12:00:00.000Z'
const EFFECTIVE = '2026-03-06T12:00:00.000Z' // the 6th in every time zone from UTC−11 to UTC+11

function version(signatures: Omit<SignatureEntry, 'signedAt' | 'recordedById'>[]): Agreement {
  const reg = makeRegistration({
    parties: [
      makePerson({ id: 'p1', name: '周丽' }),
      makePerson({
        id: 'p2',
        role: 'respondent',
        name: '吴强',
        agent: { name: '钱律师', phone: '', idNumber: '', powerOfAttorney: true },
      }),
      makePerson({
        id: 'p3',
        role: 'third-party',
        name: '吴小明',
        idType: 'other',
        idNumber: '',
        birthDate: '2018-05-01',
        gender: 'male',
        guardian: { name: '吴大', relation: '父亲', phone: '' },
      }),
    ],
  })
  const c = caseSchema.parse({
    ...reg,
    id: 'c1',
    caseNo: '（2026）甘人调字第0007号',
    year: 2026,
    seq: 7,
    sector: null,
    status: 'agreed',
    outcome: 'agreed',
    riskLevel: null,
    mediatorId: 'm1',
    events: { registered: '2026-03-01' },
    extensionDays: 0,
    judicialConfirmationApplied: false,
    dueDate: '',
    createdAt: AT,
    updatedAt: AT,
  })
  return {
    id: 'd1',
    caseId: c.id,
    caseNo: c.caseNo,
    version: 1,
    status: 'signed',
    createdAt: AT,
    updatedAt: AT,
    createdById: 'm1',
    snapshot: {
      case: c,
      record: {
        id: 'r1',
        caseId: c.id,
        kind: 'agreement',
        createdAt: AT,
        createdBy: 'm1',
        data: agreementSchema.parse(agreementRecord(c)),
      },
      mediator: { id: 'm1', name: '李调解' },
      organisation: { name: '大连市某街道人民调解委员会', region: '大连市甘井子区' },
    },
    slots: signatureSlots(c.parties, '李调解'),
    signatures: signatures.map((s) => ({ ...s, signedAt: AT, recordedById: 'm1' })),
    seal: { appliedAt: AT, appliedById: 'a1', appliedByName: '王管理' },
    handedOver: null,
    effectiveAt: EFFECTIVE,
    sha256: '',
    supersedes: null,
    supersededBy: null,
  }
}

describe('agreement → engine model', () => {
  const a = version([
    { slotId: 'party:p1', signerRole: 'party', signerName: '周丽', method: 'fingerprint' },
    { slotId: 'party:p2', signerRole: 'agent', signerName: '钱律师', method: 'signature' },
    { slotId: 'party:p3', signerRole: 'guardian', signerName: '吴大', method: 'signature' },
    { slotId: 'mediator', signerRole: 'mediator', signerName: '李调解', method: 'signature' },
  ])
  const images = {
    'party:p2': makeSignaturePng(2),
    'party:p3': makeSignaturePng(3),
    mediator: makeSignaturePng(4),
  }
  const model = agreementModel({
    agreement: a,
    signatureImages: images,
    sealImage: makePng(),
    effectiveAt: EFFECTIVE,
    auditHead: { seq: 41, hash: 'c0ffee'.repeat(10) + 'abcd' },
  })
  const slots = new Map<string, ModelSlot>(
    model.blocks.flatMap((b) => (b.type === 'signatures' ? b.slots.map((s) => [s.id, s] as const) : [])),
  )

  it('places each drawn signature in its slot, the agent in the agent slot', () => {
    expect(slots.get('agent:p2')?.signature?.width).toBe(300)
    expect(slots.get('party:p2')?.signature).toBeNull()
    expect(slots.get('party:p2')?.signedAt).toContain('由委托代理人钱律师代为签名')
    expect(slots.get('party:p3')?.signature).not.toBeNull()
    expect(slots.get('party:p3')?.signedAt).toContain('监护人吴大签名')
    expect(slots.get('mediator')?.signature).not.toBeNull()
  })

  it('a fingerprint on paper is said in words, with the time; the party slots keep their fingerprint box', () => {
    expect(slots.get('party:p1')?.signature).toBeNull()
    expect(slots.get('party:p1')?.signedAt).toMatch(/^2026年3月5日 \d{2}:00（已在纸质原件上按指印）$/)
    expect(slots.get('party:p1')?.fingerprint).toBe(true)
  })

  it('stamps the seal and prints the day it took effect', () => {
    const seal = model.blocks.find((b) => b.type === 'seal')
    expect(seal?.type === 'seal' && seal.image?.width).toBe(128)
    expect(modelText(model)).toContain('2026年3月6日')
    expect(modelText(model)).toContain('（2026）甘人调字第0007号')
  })

  it('ends with where the audit log stood when it took effect: its sequence and the first 16 digits of its hash', () => {
    expect(model.blocks.at(-1)).toMatchObject({
      type: 'paragraph',
      text: '本协议生效时，本机审计日志记至第 41 条，其校验值为 c0ffeec0ffeec0ff。',
    })
  })
})
