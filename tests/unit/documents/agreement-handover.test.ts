/**
 * One sitting or a hand-over, through the real repositories: a mediator who may not seal hands a
 * signed version over (待盖章, audited in the same transaction as the change); it is then in the
 * queue of those who may seal — read through the [status+updatedAt] index — until it takes effect;
 * whoever applies the last missing element, an administrator too, may put it into effect. A draft
 * still missing signatures cannot be handed over.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Repositories } from '../../../renderer/src/data/repositories'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import type { Agreement } from '../../../renderer/src/domain/documents/agreement'
import { SIGNING_MSG } from '../../../renderer/src/domain/documents/signing-messages'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { agreementWorkspace, renderAgreement, signAll } from '../../builders/agreements'

type Ws = Awaited<ReturnType<typeof agreementWorkspace>>

const sign = (repos: Repositories, a: Agreement, only?: string[]) => signAll(repos, a, [], only)

describe('handing a signed agreement over for the seal', () => {
  let ws: Ws
  let draft: Agreement

  beforeAll(async () => {
    ws = await agreementWorkspace()
    draft = await ws.mediator.agreements.createDraft(ws.case.id)
  }, 60_000)

  it('a draft still missing a signature cannot be handed over', async () => {
    await sign(ws.mediator, draft, [draft.slots[0]!.id])
    const refused = await ws.mediator.agreements.handOver(draft.id).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).issues[0]?.message).toBe(SIGNING_MSG.handOverNotSigned)
    expect(await ws.admin.agreements.awaitingSeal()).toEqual([])
  })

  it('once signed it is handed over, audited, and in the queue of those who may seal', async () => {
    const signed = await sign(
      ws.mediator,
      await ws.mediator.agreements.get(draft.id),
      [...draft.slots.filter((s) => s.required).map((s) => s.id)].slice(1),
    )
    expect(signed.status).toBe('signed')
    const handed = await ws.mediator.agreements.handOver(draft.id)
    // the test session's display name is its user id
    const by = handed.handedOver?.byId ?? ''
    expect(handed.handedOver).toMatchObject({ byId: by, byName: by })
    expect(by).not.toBe('')
    expect((await ws.mediator.agreements.get(draft.id)).handedOver).toEqual(handed.handedOver)
    const entries = (await ws.admin.audit.list({ page: 0, pageSize: 500 })).items.filter(
      (e) => e.action === 'agreement.handover',
    )
    expect(entries).toHaveLength(1)
    for (const repos of [ws.admin, ws.judicial]) {
      const queue = await repos.agreements.awaitingSeal()
      expect(queue).toHaveLength(1)
      expect(queue[0]).toMatchObject({ id: draft.id, caseNo: ws.case.caseNo, version: 1, sealed: false })
      expect(queue[0]?.handedOver).toEqual(handed.handedOver)
    }
    await expect(ws.mediator.agreements.awaitingSeal()).rejects.toBeInstanceOf(PermissionError)
  })

  it('handing over twice is refused once the seal is on; the queue says only 确认生效 is left', async () => {
    await ws.admin.agreements.applySeal(draft.id)
    const queue = await ws.judicial.agreements.awaitingSeal()
    expect(queue.map((q) => q.sealed)).toEqual([true])
    await expect(ws.mediator.agreements.handOver(draft.id)).rejects.toBeInstanceOf(ValidationError)
  })

  it('the administrator who applied the last element puts it into effect; it leaves the queue', async () => {
    const effective = await ws.admin.agreements.makeEffective(draft.id, renderAgreement)
    expect(effective.status).toBe('effective')
    expect(await ws.admin.agreements.awaitingSeal()).toEqual([])
  })

  it('an effective version cannot be handed over', async () => {
    await expect(ws.mediator.agreements.handOver(draft.id)).rejects.toBeInstanceOf(ValidationError)
  })
})
