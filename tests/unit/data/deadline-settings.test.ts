import { describe, expect, it, vi } from 'vitest'
import { createAuditLog } from '../../../renderer/src/data/audit/audit-log'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { createSettingsRepository } from '../../../renderer/src/data/repositories/settings-repository'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import { defaultHolidayCalendar } from '../../../renderer/src/domain/deadlines/default-calendar'
import { DEFAULT_DEADLINE_RULES } from '../../../renderer/src/domain/deadlines/rules'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { sessionAs, setUpWorkspace } from '../../builders/session'

async function workspace() {
  const ws = await setUpWorkspace()
  const mediator = createRepositories(ws.db, sessionAs(ws.session, ['mediator'])).settings
  return { ...ws, admin: ws.repos.settings, mediator }
}

const lastAudit = async (ws: Awaited<ReturnType<typeof workspace>>) =>
  (await ws.repos.audit.list({ page: 0, pageSize: 1 })).items[0]

describe('deadline rules in settings', () => {
  it('are the defaults until changed, readable by anyone unlocked', async () => {
    const ws = await workspace()
    expect(await ws.admin.getDeadlineRules()).toEqual(DEFAULT_DEADLINE_RULES)
    expect(await ws.mediator.getDeadlineRules()).toEqual(DEFAULT_DEADLINE_RULES)
    expect(await ws.db.settings.get('deadline-rules')).toBeUndefined()
  })

  it('stores an administrator’s change in plaintext settings, audited, and everyone reads it', async () => {
    const ws = await workspace()
    const rules = await ws.admin.getDeadlineRules()
    const entrusted = rules.find((r) => r.id === 'court-entrusted.conclude')!
    entrusted.length = 7
    const saved = await ws.admin.setDeadlineRules(rules)
    expect(saved.find((r) => r.id === 'court-entrusted.conclude')?.length).toBe(7)
    expect(
      (await ws.mediator.getDeadlineRules()).find((r) => r.id === 'court-entrusted.conclude')?.length,
    ).toBe(7)
    const row = await ws.db.settings.get('deadline-rules')
    expect(JSON.stringify(row?.value)).toContain('court-entrusted.conclude')
    expect(await lastAudit(ws)).toMatchObject({
      action: 'settings.update',
      targetType: 'settings',
      targetId: 'deadline-rules',
      details: { changed: ['court-entrusted.conclude'] },
    })
  })

  it('completes a partial rule set with the defaults', async () => {
    const ws = await workspace()
    await ws.admin.setDeadlineRules([{ ...DEFAULT_DEADLINE_RULES[0]!, length: 2 }])
    const rules = await ws.admin.getDeadlineRules()
    expect(rules).toHaveLength(DEFAULT_DEADLINE_RULES.length)
    expect(rules[0]?.length).toBe(2)
  })

  it('refuses bad rules with i18n keys and stores nothing', async () => {
    const ws = await workspace()
    const bad = DEFAULT_DEADLINE_RULES.map((r, i) => (i === 1 ? { ...r, length: -3 } : r))
    await expect(ws.admin.setDeadlineRules(bad)).rejects.toBeInstanceOf(ValidationError)
    await expect(ws.admin.setDeadlineRules(bad)).rejects.toMatchObject({
      issues: [{ path: '1.length', message: 'deadlineValidation.length' }],
    })
    await expect(ws.admin.setDeadlineRules('nope' as never)).rejects.toBeInstanceOf(ValidationError)
    expect(await ws.db.settings.get('deadline-rules')).toBeUndefined()
  })

  it('refuses a mediator', async () => {
    const ws = await workspace()
    await expect(ws.mediator.setDeadlineRules(DEFAULT_DEADLINE_RULES)).rejects.toBeInstanceOf(PermissionError)
    expect(await ws.db.settings.get('deadline-rules')).toBeUndefined()
  })

  it('falls back to the defaults when the stored value is unreadable', async () => {
    const ws = await workspace()
    await ws.db.settings.put({ key: 'deadline-rules', value: [{ id: 'x', length: 'ten' }] })
    expect(await ws.admin.getDeadlineRules()).toEqual(DEFAULT_DEADLINE_RULES)
  })
})

describe('holiday calendar in settings', () => {
  it('is the built-in calendar until changed', async () => {
    const ws = await workspace()
    expect(await ws.mediator.getHolidayCalendar()).toEqual(defaultHolidayCalendar())
  })

  it('stores an edited calendar, sorted and de-duplicated, audited; reset goes back to built-in', async () => {
    const ws = await workspace()
    const cal = defaultHolidayCalendar()
    const edited = {
      offDays: [...cal.offDays, '2026-03-05', '2026-03-05'],
      workingWeekends: cal.workingWeekends.filter((d) => d !== '2026-10-10'),
    }
    const saved = await ws.admin.setHolidayCalendar(edited)
    expect(saved.offDays.filter((d) => d === '2026-03-05')).toHaveLength(1)
    const read = await ws.mediator.getHolidayCalendar()
    expect(read.offDays).toContain('2026-03-05')
    expect(read.workingWeekends).not.toContain('2026-10-10')
    expect([...read.offDays].sort()).toEqual(read.offDays)
    expect(await lastAudit(ws)).toMatchObject({
      targetId: 'holiday-calendar',
      details: { offDays: cal.offDays.length + 1, workingWeekends: cal.workingWeekends.length - 1 },
    })

    expect(await ws.admin.resetHolidayCalendar()).toEqual(defaultHolidayCalendar())
    expect(await ws.mediator.getHolidayCalendar()).toEqual(defaultHolidayCalendar())
    expect(await ws.db.settings.get('holiday-calendar')).toBeUndefined()
    expect(await lastAudit(ws)).toMatchObject({ targetId: 'holiday-calendar', details: { reset: true } })
  })

  it('hands out a frozen calendar, so a caller cannot change what others read', async () => {
    const ws = await workspace()
    const cal = await ws.admin.getHolidayCalendar()
    expect(() => cal.offDays.push('2099-01-01')).toThrow(TypeError)
  })

  it('refuses bad calendars and stores nothing', async () => {
    const ws = await workspace()
    await expect(
      ws.admin.setHolidayCalendar({ offDays: ['2026-02-30'], workingWeekends: [] }),
    ).rejects.toMatchObject({ issues: [{ path: 'offDays.0', message: 'deadlineValidation.date' }] })
    await expect(
      ws.admin.setHolidayCalendar({ offDays: [], workingWeekends: ['2026-03-04'] }),
    ).rejects.toMatchObject({
      issues: [{ path: 'workingWeekends.0', message: 'deadlineValidation.notWeekend' }],
    })
    await expect(ws.admin.setHolidayCalendar({ offDays: [] } as never)).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await ws.db.settings.get('holiday-calendar')).toBeUndefined()
  })

  it('refuses a mediator to change or reset it', async () => {
    const ws = await workspace()
    await expect(ws.mediator.setHolidayCalendar(defaultHolidayCalendar())).rejects.toBeInstanceOf(
      PermissionError,
    )
    await expect(ws.mediator.resetHolidayCalendar()).rejects.toBeInstanceOf(PermissionError)
  })
})

describe('deadline settings change notification', () => {
  it('tells the due-date keeper after every change, never after a refused one', async () => {
    const ws = await workspace()
    const onDeadlineSettingsChange = vi.fn(() => Promise.resolve())
    const settings = createSettingsRepository({
      db: ws.db,
      access: { roles: ['admin'], actor: { id: 'a', username: 'admin' } },
      audit: createAuditLog(ws.db, ws.session.keyring.audit),
      onDeadlineSettingsChange,
    })
    await settings.setDeadlineRules(DEFAULT_DEADLINE_RULES)
    await settings.setHolidayCalendar(defaultHolidayCalendar())
    await settings.resetHolidayCalendar()
    await expect(settings.setHolidayCalendar({} as never)).rejects.toBeInstanceOf(ValidationError)
    expect(onDeadlineSettingsChange).toHaveBeenCalledTimes(3)
  })
})
