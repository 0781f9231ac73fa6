/**
 * A full disk (issue 11 item 6): IndexedDB refusing a write with QuotaExceededError, at any step of
 * a registration or a record, leaves nothing half-written — no case, person, number or audit entry —
 * the workspace still reads, the user reads the disk-full message in their language, and once space
 * is free the retry makes one case with the number that was not used.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import type { MediationDb } from '../../../renderer/src/data/schema'
import { isQuotaExceeded } from '../../../renderer/src/domain/shared/storage-errors'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { errorMessage } from '../../../renderer/src/features/shared/error-message'
import { createI18n, languageLoaded } from '../../../renderer/src/i18n'
import { makeRegistration } from '../../builders/cases'
import { sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

async function counts(db: MediationDb) {
  return {
    cases: await db.cases.count(),
    persons: await db.persons.count(),
    records: await db.records.count(),
    audit: await db.audit.count(),
    counters: JSON.stringify(await db.counters.toArray()),
  }
}

afterEach(() => vi.restoreAllMocks())

describe('the disk-full message', () => {
  it('says the disk is full for the browser error, Dexie’s wrapping of it and a repository’s cause', async () => {
    const zh = createI18n('zh-CN').t
    const english = createI18n('en')
    await languageLoaded(english)
    const en = english.t
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota() })
    const caused = new Error('commit failed', { cause: wrapped })
    for (const error of [quota(), wrapped, caused]) {
      expect(isQuotaExceeded(error)).toBe(true)
      expect(errorMessage(error, zh)).toBe('磁盘空间不足，刚才的操作没有保存。请腾出磁盘空间后重试。')
      expect(errorMessage(error, en)).toMatch(/^The disk is full/)
    }
  })

  it('keeps other failures generic and refusals specific', () => {
    const zh = createI18n('zh-CN').t
    expect(isQuotaExceeded(new DOMException('x', 'AbortError'))).toBe(false)
    expect(isQuotaExceeded(null)).toBe(false)
    expect(errorMessage(new Error('QuotaExceededError'), zh)).toBe(zh('errors.unknown'))
    expect(errorMessage(new ValidationError([{ path: 'facts', message: 'errors.required' }]), zh)).toBe(
      zh('errors.required'),
    )
  })
})

describe('a write refused for quota', () => {
  const steps = [
    ['the case row', (db: MediationDb) => vi.spyOn(db.cases, 'add')],
    ['its new persons', (db: MediationDb) => vi.spyOn(db.persons, 'bulkAdd')],
    ['its audit entry', (db: MediationDb) => vi.spyOn(db.audit, 'add')],
  ] as const

  for (const [what, spy] of steps) {
    it(`at ${what} leaves nothing written, reading works, and the retry numbers the case once`, async () => {
      const w = await setUpWorkspace()
      const repos = createRepositories(w.db, sessionAs(w.session, ['mediator']), { kdfCost: TEST_KDF })
      const first = await repos.cases.register(makeRegistration({ facts: '邻里噪音纠纷，已登记' }))
      const before = await counts(w.db)

      spy(w.db).mockImplementationOnce(() => Promise.reject(quota()) as never)
      const failure = await repos.cases.register(makeRegistration({ facts: '楼上漏水纠纷' })).then(
        () => null,
        (e: unknown) => e,
      )
      expect(isQuotaExceeded(failure)).toBe(true)
      expect(await counts(w.db)).toEqual(before)

      const page = await repos.cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 10 })
      expect(page.items.map((c) => c.id)).toEqual([first.id])
      expect((await repos.cases.get(first.id))?.facts).toBe('邻里噪音纠纷，已登记')

      const retried = await repos.cases.register(makeRegistration({ facts: '楼上漏水纠纷' }))
      expect(await w.db.cases.count()).toBe(2)
      expect(retried.seq).toBe(first.seq + 1)
      const admin = createRepositories(w.db, w.session, { kdfCost: TEST_KDF })
      expect((await admin.audit.verify()).ok).toBe(true)
    })
  }

  it('while adding a record leaves the case as it was', async () => {
    const w = await setUpWorkspace()
    const repos = createRepositories(w.db, sessionAs(w.session, ['mediator']), { kdfCost: TEST_KDF })
    const c = await repos.cases.register(makeRegistration())
    const before = await counts(w.db)
    const caseRow = await w.db.cases.get(c.id)
    vi.spyOn(w.db.audit, 'add').mockImplementationOnce(() => Promise.reject(quota()) as never)
    const failure = await repos.cases.addRecord(c.id, 'risk', { level: 'yellow', reason: '情绪激动' }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(isQuotaExceeded(failure)).toBe(true)
    expect(await counts(w.db)).toEqual(before)
    expect(await w.db.cases.get(c.id)).toEqual(caseRow)
  })

  it('still opens a case; the view is chained, in order, once there is space', async () => {
    const w = await setUpWorkspace()
    const repos = createRepositories(w.db, sessionAs(w.session, ['mediator']), { kdfCost: TEST_KDF })
    const c = await repos.cases.register(makeRegistration({ facts: '邻里噪音纠纷' }))
    const entries = await w.db.audit.count()
    const full = vi.spyOn(w.db.audit, 'add').mockImplementation(() => Promise.reject(quota()) as never)
    expect((await repos.cases.get(c.id))?.facts).toBe('邻里噪音纠纷')
    expect((await repos.cases.get(c.id))?.facts).toBe('邻里噪音纠纷')
    expect(await w.db.audit.count()).toBe(entries)
    full.mockRestore()

    await repos.cases.register(makeRegistration({ facts: '楼上漏水纠纷' }))
    const actions = (await w.db.audit.orderBy('pos').toArray()).slice(entries).map((e) => e.action)
    expect(actions).toEqual(['case.view', 'case.view', 'case.create'])
    const admin = createRepositories(w.db, w.session, { kdfCost: TEST_KDF })
    expect((await admin.audit.verify()).ok).toBe(true)
  })
})
