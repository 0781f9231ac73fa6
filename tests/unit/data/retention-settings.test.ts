/**
 * 卷宗保管期限 in settings: the defaults per kind of mediation until changed, readable by anyone
 * unlocked, changed by an administrator only, each change stored with its audit entry in one
 * transaction (a failed write leaves neither).
 */
import { describe, expect, it, vi } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import { DEFAULT_RETENTION } from '../../../renderer/src/domain/documents/retention'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { sessionAs, setUpWorkspace } from '../../builders/session'

async function workspace() {
  const ws = await setUpWorkspace()
  const mediator = createRepositories(ws.db, sessionAs(ws.session, ['mediator'])).settings
  return { ...ws, admin: ws.repos.settings, mediator }
}

const auditCount = async (ws: Awaited<ReturnType<typeof workspace>>) =>
  (await ws.repos.audit.exportAll()).filter((e) => e.targetId === 'archive-retention').length

describe('archive retention settings', () => {
  it('are 协议类 30年 and 一般类 10年 for every kind until changed', async () => {
    const ws = await workspace()
    expect(await ws.mediator.getRetention()).toEqual({
      people: { agreement: '30y', other: '10y' },
      administrative: { agreement: '30y', other: '10y' },
      'court-delegated': { agreement: '30y', other: '10y' },
      'court-entrusted': { agreement: '30y', other: '10y' },
    })
    expect(await ws.db.settings.get('archive-retention')).toBeUndefined()
  })

  it('stores an administrator’s change with its audit entry, completed with the defaults', async () => {
    const ws = await workspace()
    const saved = await ws.admin.setRetention({ administrative: { agreement: 'permanent', other: '30y' } })
    expect(saved.administrative).toEqual({ agreement: 'permanent', other: '30y' })
    expect(saved.people).toEqual(DEFAULT_RETENTION.people)
    expect(await ws.mediator.getRetention()).toEqual(saved)
    const entry = (await ws.repos.audit.exportAll()).at(-1)
    expect(entry).toMatchObject({
      action: 'settings.update',
      targetId: 'archive-retention',
      details: { administrative: 'permanent/30y', people: '30y/10y' },
    })
  })

  it('refuses others and unknown periods, and writes nothing', async () => {
    const ws = await workspace()
    await expect(ws.mediator.setRetention({})).rejects.toBeInstanceOf(PermissionError)
    await expect(
      ws.admin.setRetention({ people: { agreement: '99y', other: '10y' } } as never),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await ws.db.settings.get('archive-retention')).toBeUndefined()
    expect(await auditCount(ws)).toBe(0)
  })

  it('leaves no audit entry when the write fails', async () => {
    const ws = await workspace()
    vi.spyOn(ws.db.settings, 'put').mockRejectedValueOnce(new Error('disk full'))
    await expect(ws.admin.setRetention({})).rejects.toThrow('disk full')
    expect(await auditCount(ws)).toBe(0)
    expect(await ws.db.settings.get('archive-retention')).toBeUndefined()
  })
})
