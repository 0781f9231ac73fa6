/**
 * The role/permission matrix of agreements and the organisation's seal and certificate, written out
 * by hand: each role either may try the operation (success, or a refusal of the input or state — a
 * ValidationError or "not ready") or gets a PermissionError.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Repositories } from '../../../renderer/src/data/repositories'
import { PermissionError, ROLES, type Role } from '../../../renderer/src/domain/auth/roles'
import { AgreementNotReadyError } from '../../../renderer/src/domain/documents/agreement-lifecycle'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { agreementWorkspace } from '../../builders/agreements'
import { makePng, makeSignaturePng } from '../../builders/png'

type Ctx = { caseId: string; agreementId: string }
type Op = (r: Repositories, c: Ctx) => Promise<unknown>
const PDF = new TextEncoder().encode('%PDF-1.7\n%test\n')

/** A refusal of the input or the agreement's state means the role was allowed to try. */
const triedAnyway = (error: unknown) => {
  if (error instanceof ValidationError || error instanceof AgreementNotReadyError) return
  throw error
}

const OPERATIONS: Record<string, Op> = {
  'agreements.list': (r, c) => r.agreements.list(c.caseId),
  'agreements.get': (r, c) => r.agreements.get(c.agreementId),
  'agreements.signatureImage': (r, c) => r.agreements.signatureImage(c.agreementId, 'mediator'),
  'agreements.createDraft': (r, c) => r.agreements.createDraft(c.caseId).catch(triedAnyway),
  'agreements.addSignature': (r, c) =>
    r.agreements
      .addSignature(c.agreementId, {
        slotId: 'recorder',
        signerRole: 'recorder',
        signerName: '赵记录',
        method: 'signature',
        image: makeSignaturePng(),
      })
      .catch(triedAnyway),
  'agreements.removeSignature': (r, c) =>
    r.agreements.removeSignature(c.agreementId, 'recorder').catch(triedAnyway),
  'agreements.applySeal': (r, c) => r.agreements.applySeal(c.agreementId).catch(triedAnyway),
  'agreements.sealFor': (r, c) => r.agreements.sealFor(c.agreementId),
  'agreements.handOver': (r, c) => r.agreements.handOver(c.agreementId).catch(triedAnyway),
  'agreements.awaitingSeal': (r) => r.agreements.awaitingSeal(),
  'agreements.makeEffective': (r, c) =>
    r.agreements.makeEffective(c.agreementId, () => Promise.resolve(PDF)).catch(triedAnyway),
  'agreements.supersede': (r, c) => r.agreements.supersede(c.agreementId, '笔误').catch(triedAnyway),
  'agreements.effectivePdf': (r, c) => r.agreements.effectivePdf(c.agreementId).catch(triedAnyway),
  'agreements.verify': (r) => r.agreements.verify(PDF),
  'signing.status': (r) => r.signing.status(),
  'signing.certificatePem': (r) => r.signing.certificatePem(),
  'signing.createSelfIssued': (r) => r.signing.createSelfIssued(),
  'signing.importPkcs12': (r) => r.signing.importPkcs12(new Uint8Array(8), 'x').catch(triedAnyway),
  'signing.importSeal': (r) => r.signing.importSeal(makePng()),
  'signing.sealImage': (r) => r.signing.sealImage(),
}

const READERS: Role[] = ['admin', 'mediator', 'judicial']
const WORKERS: Role[] = ['mediator', 'judicial']
const ALLOWED: Record<string, Role[]> = {
  'agreements.list': READERS,
  'agreements.get': READERS,
  'agreements.signatureImage': READERS,
  'agreements.createDraft': WORKERS,
  'agreements.addSignature': WORKERS,
  'agreements.removeSignature': WORKERS,
  'agreements.applySeal': ['admin', 'judicial'],
  'agreements.sealFor': ['admin', 'judicial'],
  'agreements.handOver': WORKERS,
  'agreements.awaitingSeal': ['admin', 'judicial'],
  // whoever applies the last missing element may make it effective: the seal's holders too
  'agreements.makeEffective': READERS,
  'agreements.supersede': WORKERS,
  'agreements.effectivePdf': READERS,
  'agreements.verify': READERS,
  'signing.status': [...ROLES],
  'signing.certificatePem': [...ROLES],
  'signing.createSelfIssued': ['admin'],
  'signing.importPkcs12': ['admin'],
  'signing.importSeal': ['admin'],
  'signing.sealImage': ['admin', 'judicial'],
}

let ws: Awaited<ReturnType<typeof agreementWorkspace>>
let ctx: Ctx

beforeAll(async () => {
  ws = await agreementWorkspace()
  const draft = await ws.mediator.agreements.createDraft(ws.case.id)
  ctx = { caseId: ws.case.id, agreementId: draft.id }
}, 60_000)

describe('agreements and signing: role/permission matrix', () => {
  it('covers every operation of both areas', () => {
    const ops = (['agreements', 'signing'] as const).flatMap((area) =>
      Object.keys(ws.admin[area]).map((m) => `${area}.${m}`),
    )
    expect(ops.sort()).toEqual(Object.keys(OPERATIONS).sort())
  })

  for (const [op, run] of Object.entries(OPERATIONS)) {
    for (const role of ROLES) {
      const allowed = ALLOWED[op]?.includes(role)
      it(`${role} ${allowed ? 'may' : 'may not'} ${op}`, async () => {
        const result = run(ws.as([role], `actor-${role}`), ctx)
        if (allowed) await expect(result).resolves.not.toThrow()
        else await expect(result).rejects.toBeInstanceOf(PermissionError)
      })
    }
  }
})
