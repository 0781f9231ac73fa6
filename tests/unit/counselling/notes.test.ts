/**
 * The owner's round trip: clients and every kind of record, sign and lock, addenda, exceptions
 * audited by ground only, consent bound to the text shown, closing starting retention — and
 * nothing readable at rest or in the audit log.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { createCounsellingCodec } from '../../../renderer/src/data/repositories/counselling/counselling-codec'
import type { Repositories } from '../../../renderer/src/data/repositories'
import { consentText } from '../../../renderer/src/domain/counselling/consent-texts'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import {
  makeClient,
  makeClosing,
  makeConsent,
  makeException,
  makeIntake,
  makeRisk,
  makeSessionNote,
  setUpWorkspace,
  userSession,
  type Workspace,
} from '../../builders/counselling'

let ws: Workspace
let me: Repositories
let mine: Awaited<ReturnType<typeof userSession>>

beforeEach(async () => {
  ws = await setUpWorkspace()
  mine = await userSession(ws, 'counsellor1', ['counsellor'])
  me = mine.repos
})

const refusal = (message: string) => ({
  issues: expect.arrayContaining([expect.objectContaining({ message })]),
})

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('')
}

describe('a counsellor and their own files', () => {
  it('records consent, intake, a session and a risk assessment, and reads them back', async () => {
    const client = await me.counselling.createClient(makeClient())
    const consent = await me.counselling.addRecord(client.id, 'consent', makeConsent())
    await me.counselling.addRecord(client.id, 'intake', makeIntake(), { sign: true })
    await me.counselling.addRecord(
      client.id,
      'session',
      makeSessionNote({ freeText: '来访者谈到工作压力。' }),
    )
    await me.counselling.addRecord(client.id, 'risk', makeRisk(), { sign: true })
    const file = await me.counselling.getClient(client.id)
    expect(file.client).toMatchObject({ name: '小林', isAlias: true, status: 'open', retainUntil: '' })
    expect(file.records.map((r) => r.kind)).toEqual(['consent', 'intake', 'session', 'risk'])
    expect(file.records.map((r) => Boolean(r.signedAt))).toEqual([true, true, false, true])
    expect(file.records.every((r) => r.intact)).toBe(true)
    expect(file.records[2]?.data).toMatchObject({ freeText: '来访者谈到工作压力。' })
    // the consent holds the hash of the exact text of its version
    expect(consent.data).toMatchObject({
      textVersion: 'v1',
      textHash: await sha256(consentText('v1', 'zh-CN') ?? ''),
    })
  })

  it('refuses an unknown consent text, a note before consent, and inconsistent risk levels', async () => {
    const client = await me.counselling.createClient(makeClient())
    await expect(me.counselling.addRecord(client.id, 'session', makeSessionNote())).rejects.toMatchObject(
      refusal('counselling.validation.consentFirst'),
    )
    await expect(
      me.counselling.addRecord(client.id, 'consent', makeConsent({ textVersion: 'v99' })),
    ).rejects.toMatchObject(refusal('counselling.validation.consentText'))
    await expect(
      me.counselling.addRecord(
        client.id,
        'consent',
        makeConsent({ recording: { consented: true, signature: null } }),
      ),
    ).rejects.toMatchObject(refusal('counselling.validation.signature'))
    await me.counselling.addRecord(client.id, 'consent', makeConsent())
    await expect(
      me.counselling.addRecord(client.id, 'risk', makeRisk({ selfHarm: 'high', overall: 'medium' })),
    ).rejects.toMatchObject(refusal('counselling.validation.riskOverall'))
    await expect(
      me.counselling.addRecord(
        client.id,
        'risk',
        makeRisk({ selfHarm: 'high', overall: 'high', safetyPlan: '' }),
      ),
    ).rejects.toMatchObject(refusal('counselling.validation.safetyPlan'))
    expect((await me.counselling.getClient(client.id)).records.map((r) => r.kind)).toEqual(['consent'])
  })

  it('records the recording consent separately, with its own signature', async () => {
    const client = await me.counselling.createClient(makeClient())
    const signature = { method: 'drawn', image: 'data:image/png;base64,iVBORw0KGgo=' }
    const consent = await me.counselling.addRecord(
      client.id,
      'consent',
      makeConsent({ recording: { consented: true, signature } }),
    )
    expect(consent.data).toMatchObject({ recording: { consented: true, signature } })
  })

  it('a signed note is locked; a correction is an addendum, and the earlier text stays', async () => {
    const client = await me.counselling.createClient(makeClient())
    await me.counselling.addRecord(client.id, 'consent', makeConsent())
    const draft = await me.counselling.addRecord(client.id, 'session', makeSessionNote({ plan: '初稿' }))
    const edited = await me.counselling.updateRecord(draft.id, makeSessionNote({ plan: '修改稿' }))
    expect(edited.data).toMatchObject({ plan: '修改稿' })
    const signed = await me.counselling.signRecord(draft.id)
    expect(signed.signedAt).not.toBe('')
    expect(signed.signature).toMatch(/^[0-9a-f]{64}$/)
    await expect(
      me.counselling.updateRecord(draft.id, makeSessionNote({ plan: '再改' })),
    ).rejects.toMatchObject(refusal('counselling.validation.signed'))
    await expect(me.counselling.signRecord(draft.id)).rejects.toBeInstanceOf(ValidationError)
    const addendum = await me.counselling.addAddendum(draft.id, { reason: '日期记错', text: '应为下午。' })
    expect(addendum).toMatchObject({ kind: 'addendum', addendumTo: draft.id, data: { reason: '日期记错' } })
    expect(addendum.signedAt).not.toBe('')
    const file = await me.counselling.getClient(client.id)
    expect(file.records.find((r) => r.id === draft.id)?.data).toMatchObject({ plan: '修改稿' })
    expect(file.records.map((r) => r.kind)).toEqual(['consent', 'session', 'addendum'])
    // an addendum needs a signed note
    const other = await me.counselling.addRecord(client.id, 'session', makeSessionNote())
    await expect(me.counselling.addAddendum(other.id, { reason: '因', text: '文' })).rejects.toMatchObject(
      refusal('counselling.validation.notSigned'),
    )
  })

  it('a body moved onto another record does not open; content changed behind the signature shows', async () => {
    const client = await me.counselling.createClient(makeClient())
    const consent = await me.counselling.addRecord(client.id, 'consent', makeConsent())
    const row = await ws.db.counsellingRecords.get(consent.id)
    const other = await me.counselling.addRecord(client.id, 'exception', makeException())
    const otherRow = await ws.db.counsellingRecords.get(other.id)
    await ws.db.counsellingRecords.update(consent.id, { body: otherRow?.body })
    await expect(me.counselling.getRecord(consent.id)).rejects.toThrow()
    await ws.db.counsellingRecords.update(consent.id, { body: row?.body })
    expect((await me.counselling.getRecord(consent.id)).intact).toBe(true)
    // someone holding the key rewrites the signed text without signing again: it shows
    const codec = createCounsellingCodec(mine.session.counsellingKey as CryptoKey, mine.id)
    const body = (await codec.open('counsellingRecords', other.id, otherRow!.body)) as { data: object }
    const forged = await codec.seal('counsellingRecords', other.id, {
      ...body,
      data: { ...body.data, recipient: '别人' },
    })
    await ws.db.counsellingRecords.update(other.id, { body: forged })
    expect((await me.counselling.getRecord(other.id)).intact).toBe(false)
  })

  it('an exception is recorded with ground, content, recipient, time and discloser, and audited by ground only', async () => {
    const client = await me.counselling.createClient(makeClient())
    const ex = await me.counselling.addRecord(
      client.id,
      'exception',
      makeException({ disclosed: 'EXMARKER-1' }),
    )
    expect(ex.data).toMatchObject({
      ground: 'self-harm-risk',
      recipient: '来访者母亲',
      disclosedBy: '孙咨询',
    })
    const { items } = await ws.repos.audit.list({ action: 'counselling.exception', page: 0, pageSize: 10 })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      targetType: 'counselling-note',
      targetId: ex.id,
      details: { ground: 'self-harm-risk' },
    })
    expect(JSON.stringify(items)).not.toContain('EXMARKER-1')
  })

  it('a watch-list flag keeps its follow-up dates in order', async () => {
    const client = await me.counselling.createClient(makeClient())
    const watched = await me.counselling.setWatch(client.id, {
      flagged: true,
      followUps: [{ date: '2026-04-10' }, { date: '2026-03-20', done: true }],
      note: '每周电话',
    })
    expect(watched.watch).toEqual({
      flagged: true,
      followUps: [
        { date: '2026-03-20', done: true },
        { date: '2026-04-10', done: false },
      ],
      note: '每周电话',
    })
  })

  it('signing a closing summary closes the file and sets its retention date; then only exceptions may follow', async () => {
    await ws.repos.counsellingAdmin.setRetentionYears(3)
    const client = await me.counselling.createClient(makeClient())
    await me.counselling.addRecord(client.id, 'consent', makeConsent())
    const closing = await me.counselling.addRecord(client.id, 'closing', makeClosing({ date: '2026-03-30' }))
    expect((await me.counselling.getClient(client.id)).client.status).toBe('open')
    await me.counselling.signRecord(closing.id)
    const { client: closed } = await me.counselling.getClient(client.id)
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-03-30', retainUntil: '2029-03-30' })
    expect((await ws.db.counsellingClients.get(client.id))?.retainUntil).toBe('2029-03-30')
    await expect(me.counselling.addRecord(client.id, 'session', makeSessionNote())).rejects.toMatchObject(
      refusal('counselling.validation.closed'),
    )
    await expect(me.counselling.addRecord(client.id, 'exception', makeException())).resolves.toBeTruthy()
    await expect(me.counselling.addAddendum(closing.id, { reason: '补', text: '补充' })).resolves.toBeTruthy()
  })

  it('audit entries name ids and actions, never content', async () => {
    const marker = 'AUDITMARKER-9'
    const client = await me.counselling.createClient(makeClient({ name: marker, contact: marker }))
    await me.counselling.addRecord(client.id, 'consent', makeConsent({ signerName: marker }))
    const note = await me.counselling.addRecord(client.id, 'session', makeSessionNote({ freeText: marker }))
    await me.counselling.signRecord(note.id)
    await me.counselling.addAddendum(note.id, { reason: marker, text: marker })
    await me.counselling.setWatch(client.id, { flagged: true, followUps: [], note: marker })
    await me.counselling.getClient(client.id)
    const all = await ws.repos.audit.exportAll()
    const actions = all.map((e) => e.action)
    for (const a of [
      'counselling.client-create',
      'counselling.note-create',
      'counselling.note-sign',
      'counselling.addendum',
      'counselling.client-update',
      'counselling.client-view',
    ])
      expect(actions).toContain(a)
    expect(JSON.stringify(all)).not.toContain(marker)
  })
})
