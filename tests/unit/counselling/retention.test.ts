/** Retention: closing + N years, then deletion of expired files only, audited with counts. */
import { describe, expect, it } from 'vitest'
import {
  retainUntil,
  isExpired,
  RETENTION_DEFAULT_YEARS,
} from '../../../renderer/src/domain/counselling/retention'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import {
  makeClient,
  makeClosing,
  makeConsent,
  makeSessionNote,
  setUpWorkspace,
  userSession,
} from '../../builders/counselling'
import { loginAgain } from '../../builders/counselling'
import { login } from '../../../renderer/src/data/auth/login'
import { createWorkspace } from '../../../renderer/src/data/workspace'
import { keeperOf } from '../../builders/session'

describe('retention dates', () => {
  it('counts whole years from the closing day; 29 February lands on 28 February', () => {
    expect(retainUntil('2026-03-30', 10)).toBe('2036-03-30')
    expect(retainUntil('2024-02-29', 1)).toBe('2025-02-28')
    expect(retainUntil('2024-02-29', 4)).toBe('2028-02-29')
    expect(isExpired('', '2099-01-01')).toBe(false)
    expect(isExpired('2030-01-01', '2030-01-01')).toBe(false)
    expect(isExpired('2030-01-01', '2030-01-02')).toBe(true)
  })

  it('defaults to 10 years; an administrator may change it within 1–50', async () => {
    const ws = await setUpWorkspace()
    expect(RETENTION_DEFAULT_YEARS).toBe(10)
    expect(await ws.repos.counsellingAdmin.getRetentionYears()).toBe(10)
    await expect(ws.repos.counsellingAdmin.setRetentionYears(0)).rejects.toBeInstanceOf(ValidationError)
    await expect(ws.repos.counsellingAdmin.setRetentionYears('x')).rejects.toBeInstanceOf(ValidationError)
    expect(await ws.repos.counsellingAdmin.getRetentionYears()).toBe(10)
    await ws.repos.counsellingAdmin.setRetentionYears(15)
    expect(await ws.repos.counsellingAdmin.getRetentionYears()).toBe(15)
  })
})

async function closedFile(repos: Awaited<ReturnType<typeof userSession>>['repos'], date: string) {
  const client = await repos.counselling.createClient(makeClient())
  await repos.counselling.addRecord(client.id, 'consent', makeConsent())
  await repos.counselling.addRecord(client.id, 'session', makeSessionNote(), { sign: true })
  await repos.counselling.addRecord(client.id, 'closing', makeClosing({ date }), { sign: true })
  return client.id
}

describe('purging expired files', () => {
  it('the administrator deletes expired files only — by index, unread — and audits the counts', async () => {
    const ws = await setUpWorkspace()
    await ws.repos.counsellingAdmin.setRetentionYears(1)
    const a = await userSession(ws, 'counsa', ['counsellor'])
    const expired = await closedFile(a.repos, '2020-01-10')
    const current = await closedFile(a.repos, '2099-01-10')
    const open = (await a.repos.counselling.createClient(makeClient())).id
    const counts = await ws.repos.counsellingAdmin.purgeExpired()
    expect(counts).toEqual({ clients: 1, records: 3 })
    expect(await ws.db.counsellingClients.get(expired)).toBeUndefined()
    expect(await ws.db.counsellingRecords.where('clientId').equals(expired).count()).toBe(0)
    expect(await ws.db.counsellingClients.get(current)).toBeDefined()
    expect(await ws.db.counsellingClients.get(open)).toBeDefined()
    expect(await ws.db.counsellingRecords.where('clientId').equals(current).count()).toBe(3)
    const { items } = await ws.repos.audit.list({ action: 'counselling.purge', page: 0, pageSize: 5 })
    expect(items[0]?.details).toEqual({ clients: 1, records: 3 })
    // a second run finds nothing, and says so
    expect(await ws.repos.counsellingAdmin.purgeExpired()).toEqual({ clients: 0, records: 0 })
  })

  it("a counsellor's expired files go at their login, and only theirs", async () => {
    const ws = await setUpWorkspace()
    await ws.repos.counsellingAdmin.setRetentionYears(1)
    const a = await userSession(ws, 'counsa', ['counsellor'])
    const b = await userSession(ws, 'counsb', ['counsellor'])
    const aOld = await closedFile(a.repos, '2020-01-10')
    const bOld = await closedFile(b.repos, '2020-01-10')
    const aNew = await closedFile(a.repos, '2099-01-10')
    expect(await a.repos.counselling.purgeExpired()).toBe(1)
    expect(await ws.db.counsellingClients.get(aOld)).toBeUndefined()
    expect(await ws.db.counsellingClients.get(aNew)).toBeDefined()
    expect(await ws.db.counsellingClients.get(bOld)).toBeDefined()
    expect(await a.repos.counselling.purgeExpired()).toBe(0)
    // time passes: at 2101, a's remaining file has expired as well
    const later = await loginAgain(ws.db, 'counsa', () => new Date('2101-01-01T08:00:00Z'))
    expect(await later.counselling.purgeExpired()).toBe(1)
    expect(await ws.db.counsellingClients.get(aNew)).toBeUndefined()
  })

  it('the workspace runs the purge when a counsellor logs in', async () => {
    const ws = await setUpWorkspace()
    await ws.repos.counsellingAdmin.setRetentionYears(1)
    const a = await userSession(ws, 'counsa', ['counsellor'])
    const old = await closedFile(a.repos, '2020-01-10')
    const workspace = createWorkspace(ws.db, keeperOf(ws.db))
    await workspace.open(
      await login(ws.db, keeperOf(ws.db), 'counsa', 'counsa blue harbour 42'),
      'auth.login',
    )
    expect(await ws.db.counsellingClients.get(old)).toBeUndefined()
    const { items } = await ws.repos.audit.list({ action: 'counselling.purge', page: 0, pageSize: 5 })
    expect(items[0]?.details).toEqual({ clients: 1, records: 3 })
  })
})
