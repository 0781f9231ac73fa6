/**
 * The rules of an agreement's life, pure: which slots Art. 29 asks for (and who may fill them),
 * exactly what is missing before it can take effect, and what each state allows.
 */
import { describe, expect, it } from 'vitest'
import { partySchema } from '../../../renderer/src/domain/cases/party'
import { signatureSlots, type SignatureEntry } from '../../../renderer/src/domain/documents/agreement'
import {
  checkAddSignature,
  checkApplySeal,
  checkMakeEffective,
  checkRemoveSignature,
  checkSupersede,
  missingForEffect,
  missingMessage,
  statusAfterSigning,
  type AgreementState,
} from '../../../renderer/src/domain/documents/agreement-lifecycle'
import { SIGNING_MSG } from '../../../renderer/src/domain/documents/signing-messages'
import { makeOrganisation, makePerson } from '../../builders/cases'

const adult = partySchema.parse(makePerson({ id: 'p1', name: '周丽' }))
const child = partySchema.parse(
  makePerson({
    id: 'p2',
    role: 'respondent',
    name: '吴小明',
    idType: 'other',
    idNumber: '',
    birthDate: '2018-05-01',
    gender: 'male',
    guardian: { name: '吴强', relation: '父亲', phone: '' },
  }),
)
const withAgent = partySchema.parse(
  makePerson({
    id: 'p3',
    role: 'respondent',
    name: '郑华',
    agent: { name: '钱律师', phone: '', idNumber: '', powerOfAttorney: true },
  }),
)
const company = partySchema.parse(makeOrganisation({ id: 'o1', legalRepresentative: '李四' }))

const sign = (
  slotId: string,
  signerRole: SignatureEntry['signerRole'],
  method: SignatureEntry['method'] = 'signature',
): SignatureEntry => ({
  slotId,
  signerRole,
  signerName: 'x',
  method,
  signedAt: '2026-03-05T02:00:00.000Z',
  recordedById: 'u1',
})

function state(signatures: SignatureEntry[] = [], seal = false): AgreementState {
  return {
    status: 'draft',
    slots: signatureSlots([adult, child, withAgent, company], '李调解'),
    signatures,
    seal: seal ? { appliedAt: '', appliedById: 'a', appliedByName: '王' } : null,
  }
}

describe('signature slots (Art. 29)', () => {
  it('one per party, the mediator, and an optional recorder', () => {
    const slots = state().slots
    expect(slots.map((s) => [s.id, s.required])).toEqual([
      ['party:p1', true],
      ['party:p2', true],
      ['party:p3', true],
      ['party:o1', true],
      ['mediator', true],
      ['recorder', false],
    ])
  })

  it('who may sign: the party; for a minor the guardian; an agent beside the party; for an organisation its legal representative', () => {
    const signers = Object.fromEntries(state().slots.map((s) => [s.id, s.signers]))
    expect(signers['party:p1']).toEqual([{ role: 'party', name: '周丽' }])
    expect(signers['party:p2']).toEqual([{ role: 'guardian', name: '吴强' }])
    expect(signers['party:p3']).toEqual([
      { role: 'party', name: '郑华' },
      { role: 'agent', name: '钱律师' },
    ])
    expect(signers['party:o1']).toEqual([{ role: 'legal-representative', name: '李四' }])
    expect(signers.mediator).toEqual([{ role: 'mediator', name: '李调解' }])
  })

  it('a party may sign, seal or press a fingerprint; the mediator only signs', () => {
    const s = state()
    expect(s.slots[0]?.methods).toEqual(['signature', 'seal', 'fingerprint'])
    expect(s.slots.find((x) => x.id === 'mediator')?.methods).toEqual(['signature'])
  })
})

describe('missingForEffect', () => {
  it('lists every required signature and the seal, in order, nothing else', () => {
    expect(missingForEffect(state())).toEqual([
      { kind: 'signature', slotId: 'party:p1', slotKind: 'party', name: '周丽' },
      { kind: 'signature', slotId: 'party:p2', slotKind: 'party', name: '吴小明' },
      { kind: 'signature', slotId: 'party:p3', slotKind: 'party', name: '郑华' },
      { kind: 'signature', slotId: 'party:o1', slotKind: 'party', name: '大连某物业服务有限公司' },
      { kind: 'signature', slotId: 'mediator', slotKind: 'mediator', name: '李调解' },
      { kind: 'seal' },
    ])
  })

  it('exactly the one party still missing; fingerprint, seal and agent count; the recorder never does', () => {
    const s = state(
      [
        sign('party:p1', 'party', 'fingerprint'),
        sign('party:p3', 'agent'),
        sign('party:o1', 'legal-representative', 'seal'),
        sign('mediator', 'mediator'),
      ],
      true,
    )
    expect(missingForEffect(s)).toEqual([
      { kind: 'signature', slotId: 'party:p2', slotKind: 'party', name: '吴小明' },
    ])
    expect(missingMessage(missingForEffect(s)[0] ?? { kind: 'seal' })).toEqual({
      key: 'agreements.missing.party',
      values: { name: '吴小明' },
    })
  })

  it('only the seal', () => {
    const all = ['party:p1', 'party:p2', 'party:p3', 'party:o1'].map((id, i) =>
      sign(id, (['party', 'guardian', 'party', 'legal-representative'] as const)[i] ?? 'party'),
    )
    const s = state([...all, sign('mediator', 'mediator')])
    expect(missingForEffect(s)).toEqual([{ kind: 'seal' }])
    expect(checkMakeEffective(s)).toEqual([{ kind: 'seal' }])
    expect(
      checkMakeEffective({ ...s, seal: { appliedAt: '', appliedById: '', appliedByName: '' } }),
    ).toBeNull()
  })
})

describe('transitions', () => {
  it('the last required signature makes a draft signed (locked); the seal is not a signature', () => {
    const partial = state([sign('party:p1', 'party')])
    expect(statusAfterSigning(partial)).toBe('draft')
    const full = state([
      sign('party:p1', 'party'),
      sign('party:p2', 'guardian'),
      sign('party:p3', 'party'),
      sign('party:o1', 'legal-representative'),
      sign('mediator', 'mediator'),
    ])
    expect(statusAfterSigning(full)).toBe('signed')
  })

  it('refuses signers the slot does not allow, methods it does not take, a taken slot, unknown slots', () => {
    const s = state([sign('party:p1', 'party')])
    expect(checkAddSignature(s, { slotId: 'party:p2', signerRole: 'party', method: 'signature' })).toBe(
      SIGNING_MSG.signerNotAllowed, // a minor does not sign for themself
    )
    expect(
      checkAddSignature(s, { slotId: 'party:p2', signerRole: 'guardian', method: 'signature' }),
    ).toBeNull()
    expect(checkAddSignature(s, { slotId: 'party:p1', signerRole: 'agent', method: 'signature' })).toBe(
      SIGNING_MSG.slotTaken,
    )
    expect(checkAddSignature(s, { slotId: 'mediator', signerRole: 'mediator', method: 'fingerprint' })).toBe(
      SIGNING_MSG.methodNotAllowed,
    )
    expect(checkAddSignature(s, { slotId: 'party:zz', signerRole: 'party', method: 'signature' })).toBe(
      SIGNING_MSG.slotUnknown,
    )
    expect(checkAddSignature(s, { slotId: 'recorder', signerRole: 'recorder', method: 'signature' })).toBe(
      SIGNING_MSG.signerNotAllowed, // the recorder must be named
    )
    expect(
      checkAddSignature(s, {
        slotId: 'recorder',
        signerRole: 'recorder',
        signerName: '赵记录',
        method: 'signature',
      }),
    ).toBeNull()
  })

  it('signed is locked: nothing removed; effective and superseded accept nothing', () => {
    const signed: AgreementState = { ...state([sign('party:p1', 'party')]), status: 'signed' }
    expect(checkRemoveSignature(signed, 'party:p1')).toBe(SIGNING_MSG.locked)
    expect(checkRemoveSignature({ ...signed, status: 'draft' }, 'party:p1')).toBeNull()
    for (const status of ['effective', 'superseded'] as const) {
      const s = { ...signed, status }
      expect(
        checkAddSignature(s, {
          slotId: 'recorder',
          signerRole: 'recorder',
          signerName: 'a',
          method: 'signature',
        }),
      ).toBe(SIGNING_MSG.locked)
      expect(checkApplySeal(s)).toBe(SIGNING_MSG.locked)
      expect(checkMakeEffective(s)).toBe(SIGNING_MSG.locked)
    }
    expect(checkApplySeal({ ...signed, seal: { appliedAt: '', appliedById: '', appliedByName: '' } })).toBe(
      SIGNING_MSG.alreadySealed,
    )
  })

  it('only an effective agreement is corrected, one correction at a time', () => {
    expect(checkSupersede({ status: 'draft' }, false)).toBe(SIGNING_MSG.notSupersedable)
    expect(checkSupersede({ status: 'superseded' }, false)).toBe(SIGNING_MSG.notSupersedable)
    expect(checkSupersede({ status: 'effective' }, true)).toBe(SIGNING_MSG.openVersionExists)
    expect(checkSupersede({ status: 'effective' }, false)).toBeNull()
  })
})
