/**
 * Each issuing body has its own seal (issue 14 item 1): an administrative case's agreement takes the
 * 行政机关's seal, never the committee's as a stand-in; until that body's seal is imported the seal
 * step says which body is missing and applying it is refused; the use names the body in the audit.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { sealSettingKey } from '../../../renderer/src/data/repositories/agreements/org-identity'
import type { Case } from '../../../renderer/src/domain/cases/case'
import { SIGNING_MSG } from '../../../renderer/src/domain/documents/signing-messages'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { agreementWorkspace, renderAgreement, signAll } from '../../builders/agreements'
import { makeRegistration } from '../../builders/cases'
import { makePng } from '../../builders/png'
import { agreement } from '../../builders/records'
import { TEST_ADMIN_BODY } from '../../builders/session'

type Ws = Awaited<ReturnType<typeof agreementWorkspace>>

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'not refused',
    (e: unknown) => (e instanceof ValidationError ? (e.issues[0]?.message ?? '') : String(e)),
  )

describe('a seal per issuing body', { timeout: 120_000 }, () => {
  let ws: Ws
  let administrative: Case
  const committeeSeal = makePng()
  const bodySeal = makePng({ width: 200, height: 160 })

  beforeAll(async () => {
    ws = await agreementWorkspace()
    administrative = await ws.mediator.cases.register(
      makeRegistration({ kind: 'administrative', sector: 'consumer' }),
    )
    await ws.mediator.cases.addRecord(administrative.id, 'agreement', agreement(administrative))
  }, 120_000)

  it('lists every body with its own seal state, the committee first', async () => {
    const { seals, seal } = await ws.admin.signing.status()
    expect(seals.map((s) => [s.bodyId, s.type, s.seal !== null])).toEqual([
      ['committee', 'committee', true],
      [TEST_ADMIN_BODY.id, 'administrative', false],
    ])
    expect(seals[1]?.name).toBe(TEST_ADMIN_BODY.name)
    expect(seal).toEqual(seals[0]?.seal)
  })

  it("refuses an administrative case the committee's seal, saying which body lacks one", async () => {
    expect(administrative.issuerId).toBe(TEST_ADMIN_BODY.id)
    const draft = await signAll(ws.mediator, await ws.mediator.agreements.createDraft(administrative.id))
    expect(await ws.judicial.agreements.sealFor(draft.id)).toEqual({
      bodyName: TEST_ADMIN_BODY.name,
      image: null,
    })
    expect(await refusal(ws.judicial.agreements.applySeal(draft.id))).toBe(SIGNING_MSG.noSealImage)
    expect((await ws.mediator.agreements.get(draft.id)).seal).toBeNull()
  })

  it("stamps it with the 行政机关's seal once imported, and audits which body's it was", async () => {
    await ws.admin.signing.importSeal(bodySeal, TEST_ADMIN_BODY.id)
    // The committee's seal is untouched by another body's import.
    expect(await ws.admin.signing.sealImage()).toEqual(committeeSeal)
    expect(await ws.admin.signing.sealImage(TEST_ADMIN_BODY.id)).toEqual(bodySeal)
    const [draft] = await ws.mediator.agreements.list(administrative.id)
    expect((await ws.judicial.agreements.sealFor(draft!.id)).image).toEqual(bodySeal)
    await ws.judicial.agreements.applySeal(draft!.id)
    let stamped: Uint8Array | null = null
    await ws.mediator.agreements.makeEffective(draft!.id, (input) => {
      stamped = input.sealImage
      return renderAgreement(input)
    })
    expect(stamped).toEqual(bodySeal)
    const uses = (await ws.admin.audit.list({ page: 0, pageSize: 500 })).items.filter(
      (e) => e.action === 'seal.apply',
    )
    expect(uses.at(-1)?.details).toMatchObject({ body: TEST_ADMIN_BODY.id })
    const imports = (await ws.admin.audit.list({ page: 0, pageSize: 500 })).items.filter(
      (e) => e.action === 'seal.import',
    )
    expect(imports.map((e) => e.targetId)).toContain(`seal:${TEST_ADMIN_BODY.id}`)
  })

  it("a people's case keeps the committee's seal", async () => {
    const draft = await signAll(ws.mediator, await ws.mediator.agreements.createDraft(ws.case.id))
    expect((await ws.judicial.agreements.sealFor(draft.id)).image).toEqual(committeeSeal)
  })

  it('keeps to the body it was drawn up under: once that body is gone, it says so and takes no other seal', async () => {
    const second = await ws.mediator.cases.register(
      makeRegistration({ kind: 'administrative', sector: 'consumer' }),
    )
    await ws.mediator.cases.addRecord(second.id, 'agreement', agreement(second))
    const draft = await signAll(ws.mediator, await ws.mediator.agreements.createDraft(second.id))
    expect(draft.snapshot.issuerId).toBe(TEST_ADMIN_BODY.id)
    const bodies = await ws.admin.settings.getOtherBodies()
    await ws.admin.settings.setOtherBodies([])
    expect(await ws.judicial.agreements.sealFor(draft.id)).toEqual({ bodyName: null, image: null })
    expect(await refusal(ws.judicial.agreements.applySeal(draft.id))).toBe(SIGNING_MSG.noSealImage)
    await ws.admin.settings.setOtherBodies(bodies)
    expect((await ws.judicial.agreements.sealFor(draft.id)).image).toEqual(bodySeal)
  })

  it('refuses a seal for a body that does not issue documents here, storing nothing', async () => {
    expect(await refusal(ws.admin.signing.importSeal(makePng(), 'no-such-body'))).toBe(
      SIGNING_MSG.sealBodyUnknown,
    )
    expect(await ws.db.settings.get(sealSettingKey('no-such-body'))).toBeUndefined()
  })

  it("keeps each body's seal encrypted at rest", async () => {
    const row = await ws.db.settings.get(sealSettingKey(TEST_ADMIN_BODY.id))
    const stored = row?.value as { alg: string; ct: Uint8Array }
    expect(stored.alg).toBe('A256GCM')
    expect(Buffer.from(stored.ct).includes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(false)
  })
})
