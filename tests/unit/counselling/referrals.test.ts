/**
 * The hand-off from a mediation case: only with recorded consent, only the minimum passes, each
 * side sees that the link exists and never the other side's content.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { makeRegistration, makePerson } from '../../builders/cases'
import {
  makeConsent,
  makeReferral,
  makeSessionNote,
  setUpWorkspace,
  userSession,
  type Workspace,
} from '../../builders/counselling'

let ws: Workspace
let mediator: Awaited<ReturnType<typeof userSession>>
let counsellor: Awaited<ReturnType<typeof userSession>>

beforeEach(async () => {
  ws = await setUpWorkspace()
  mediator = await userSession(ws, 'mediator1', ['mediator'])
  counsellor = await userSession(ws, 'counsellor1', ['counsellor'])
})

describe('referring a party from a mediation case to counselling', () => {
  it('passes only name, contact and reason; the case shows the link, the client the case number', async () => {
    const kase = await mediator.repos.cases.register(
      makeRegistration({
        facts: 'CASEFACTS 双方因宅基地界址争执。',
        parties: [
          makePerson({ name: '周丽', idNumber: '11010519491231002X' }),
          makePerson({ name: '吴强', role: 'respondent' }),
        ],
      }),
    )
    const party = kase.parties[0]!
    const link = await mediator.repos.referrals.create(
      kase.id,
      makeReferral(counsellor.id, { partyId: party.id, name: '周丽', contact: '13900002222' }),
    )
    expect(link).toMatchObject({ status: 'pending', partyId: party.id, counsellorId: counsellor.id })

    const pending = await counsellor.repos.referrals.pending()
    expect(pending).toEqual([
      expect.objectContaining({
        caseNo: kase.caseNo,
        name: '周丽',
        contact: '13900002222',
        consentDate: '2026-03-02',
      }),
    ])
    // nothing of the case beyond the minimum reached the counsellor
    const passed = JSON.stringify(pending)
    expect(passed).not.toContain('CASEFACTS')
    expect(passed).not.toContain('11010519491231002X')
    expect(passed).not.toContain('吴强')

    const client = await counsellor.repos.referrals.accept(link.id)
    expect(client).toMatchObject({
      name: '周丽',
      contact: '13900002222',
      origin: { referralId: link.id, caseNo: kase.caseNo, reason: expect.stringContaining('情绪') },
    })
    expect(await counsellor.repos.referrals.pending()).toEqual([])
    // the counsellor's client is sealed with their own key, not the workspace key
    expect((await ws.db.counsellingClients.get(client.id))?.body).toMatchObject({
      kid: `counsel:${counsellor.id}`,
    })

    // the case side sees the link and that it was accepted — nothing of the counselling file
    await counsellor.repos.counselling.addRecord(client.id, 'consent', makeConsent())
    await counsellor.repos.counselling.addRecord(
      client.id,
      'session',
      makeSessionNote({ freeText: 'NOTEMARKER' }),
    )
    const links = await mediator.repos.referrals.forCase(kase.id)
    expect(links).toEqual([
      expect.objectContaining({ id: link.id, status: 'accepted', counsellorId: counsellor.id }),
    ])
    expect(JSON.stringify(links)).not.toContain('NOTEMARKER')
    expect(JSON.stringify(links)).not.toContain(client.id)
    await expect(mediator.repos.counselling.getClient(client.id)).rejects.toThrow()
  })

  it('refuses without consent, to someone who is not a counsellor, or for a case that does not exist', async () => {
    const kase = await mediator.repos.cases.register(makeRegistration())
    await expect(
      mediator.repos.referrals.create(
        kase.id,
        makeReferral(counsellor.id, { consent: { given: false, date: '2026-03-02' } }),
      ),
    ).rejects.toMatchObject({
      issues: [{ path: 'consent.given', message: 'counselling.validation.referralConsent' }],
    })
    await expect(mediator.repos.referrals.create(kase.id, makeReferral(mediator.id))).rejects.toMatchObject({
      issues: [{ path: 'counsellorId', message: 'counselling.validation.counsellor' }],
    })
    await expect(
      mediator.repos.referrals.create('no-such-case', makeReferral(counsellor.id)),
    ).rejects.toMatchObject({
      code: 'not-found',
    })
    expect(await ws.db.referrals.count()).toBe(0)
  })

  it('a declined referral cannot then be accepted; the case shows it declined', async () => {
    const kase = await mediator.repos.cases.register(makeRegistration())
    const link = await mediator.repos.referrals.create(kase.id, makeReferral(counsellor.id))
    await counsellor.repos.referrals.decline(link.id)
    await expect(counsellor.repos.referrals.accept(link.id)).rejects.toBeInstanceOf(ValidationError)
    expect(await counsellor.repos.counselling.listClients()).toEqual([])
    expect((await mediator.repos.referrals.forCase(kase.id))[0]?.status).toBe('declined')
    const actions = (await ws.repos.audit.exportAll()).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['referral.create', 'referral.decline']))
  })
})
