/**
 * A counsellor leaves: an administrator, with the recovery key, moves every file to a colleague.
 * The colleague reads them with their own key; the departing key is retired; a wrong recovery key
 * changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { AuthError } from '../../../renderer/src/data/auth/session'
import { recoveryCounsellingId } from '../../../renderer/src/data/auth/vault'
import { generateRecoveryKey } from '../../../renderer/src/data/crypto/recovery-key'
import { makeRegistration } from '../../builders/cases'
import {
  loginAgain,
  makeClient,
  makeConsent,
  makeReferral,
  makeSessionNote,
  setUpWorkspace,
  userSession,
  type Workspace,
} from '../../builders/counselling'

let ws: Workspace
let a: Awaited<ReturnType<typeof userSession>>
let b: Awaited<ReturnType<typeof userSession>>
let clientId = ''

async function rows() {
  const enc = (v: unknown) =>
    JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? Array.from(x) : x))
  return enc([
    await ws.db.counsellingClients.toArray(),
    await ws.db.counsellingRecords.toArray(),
    await ws.db.users.toArray(),
    await ws.db.vault.toArray(),
    await ws.db.referrals.toArray(),
  ])
}

beforeEach(async () => {
  ws = await setUpWorkspace()
  a = await userSession(ws, 'leaving', ['counsellor'])
  b = await userSession(ws, 'taking', ['counsellor'])
  const client = await a.repos.counselling.createClient(makeClient({ name: '甲来访者' }))
  clientId = client.id
  await a.repos.counselling.addRecord(client.id, 'consent', makeConsent())
  const note = await a.repos.counselling.addRecord(
    client.id,
    'session',
    makeSessionNote({ freeText: '原文' }),
    {
      sign: true,
    },
  )
  await a.repos.counselling.addAddendum(note.id, { reason: '补', text: '补充' })
  await b.repos.counselling.createClient(makeClient({ name: '乙自己的' }))
})

describe('handing over a departing counsellor’s files', () => {
  it('moves every client and record to the colleague, who reads them with their own key', async () => {
    const mediator = await userSession(ws, 'med', ['mediator'])
    const kase = await mediator.repos.cases.register(makeRegistration())
    await mediator.repos.referrals.create(kase.id, makeReferral(a.id))
    const counts = await ws.repos.counsellingAdmin.transfer(a.id, b.id, ws.recoveryKey)
    expect(counts).toEqual({ clients: 1, records: 3 })
    const bNow = await loginAgain(ws.db, 'taking')
    const list = await bNow.counselling.listClients()
    expect(list.map((c) => c.name).sort()).toEqual(['乙自己的', '甲来访者'].sort())
    const file = await bNow.counselling.getClient(clientId)
    expect(file.records.map((r) => r.kind)).toEqual(['consent', 'session', 'addendum'])
    expect(file.records.every((r) => r.intact)).toBe(true)
    expect(file.records[1]?.data).toMatchObject({ freeText: '原文' })
    // pending referrals follow
    expect(await bNow.referrals.pending()).toHaveLength(1)
    // the departing key is retired: gone from the account and the vault
    expect((await ws.db.users.get(a.id))?.counsellingKey).toBeNull()
    expect(await ws.db.vault.get(recoveryCounsellingId(a.id))).toBeUndefined()
    // logging in again, the departed counsellor gets a fresh key and sees nothing
    const aNow = await loginAgain(ws.db, 'leaving')
    expect(await aNow.counselling.listClients()).toEqual([])
    const { items } = await ws.repos.audit.list({ action: 'counselling.transfer', page: 0, pageSize: 5 })
    expect(items[0]).toMatchObject({ targetId: a.id, details: { to: b.id, clients: 1, records: 3 } })
  })

  it('a wrong recovery key is refused and nothing changes', async () => {
    const before = await rows()
    await expect(ws.repos.counsellingAdmin.transfer(a.id, b.id, generateRecoveryKey())).rejects.toEqual(
      new AuthError('recovery-key-wrong'),
    )
    await expect(ws.repos.counsellingAdmin.transfer(a.id, b.id, 'not a key')).rejects.toBeInstanceOf(
      AuthError,
    )
    expect(await rows()).toBe(before)
    expect((await a.repos.counselling.getClient(clientId)).records).toHaveLength(3)
  })

  it('refuses a colleague who has never logged in, or who is no counsellor, changing nothing', async () => {
    const fresh = await ws.repos.users.create({
      username: 'newbie',
      displayName: '新人',
      roles: ['counsellor'],
      password: 'newbie password',
    })
    const before = await rows()
    await expect(ws.repos.counsellingAdmin.transfer(a.id, fresh.id, ws.recoveryKey)).rejects.toMatchObject({
      code: 'target-no-key',
    })
    const med = await ws.repos.users.create({
      username: 'mediator2',
      displayName: '调',
      roles: ['mediator'],
      password: 'mediator pass 2',
    })
    await expect(ws.repos.counsellingAdmin.transfer(a.id, med.id, ws.recoveryKey)).rejects.toMatchObject({
      code: 'target-invalid',
    })
    await expect(ws.repos.counsellingAdmin.transfer(a.id, a.id, ws.recoveryKey)).rejects.toMatchObject({
      code: 'target-invalid',
    })
    const after = JSON.parse(await rows()) as unknown[][]
    const beforeParsed = JSON.parse(before) as unknown[][]
    // users gained the mediator account; counselling rows and the vault are untouched
    expect(after[0]).toEqual(beforeParsed[0])
    expect(after[1]).toEqual(beforeParsed[1])
    expect(after[3]).toEqual(beforeParsed[3])
  })

  it('the administrator never needed to read content: the audit names counts only', async () => {
    await ws.repos.counsellingAdmin.transfer(a.id, b.id, ws.recoveryKey)
    const all = JSON.stringify(await ws.repos.audit.exportAll())
    expect(all).not.toContain('甲来访者')
    expect(all).not.toContain('原文')
  })
})
