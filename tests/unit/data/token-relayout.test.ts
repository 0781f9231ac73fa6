/**
 * Workspaces stored before token layout 2: their cases and persons are laid out again after
 * login, in batches with a cursor in settings — resumable, idempotent, audited with counts —
 * from a fixture of rows in the old layout (tests/builders/legacy-tokens.ts), and every search
 * works before, during and after.
 */
import { describe, expect, it } from 'vitest'
import { createAuditLog } from '../../../renderer/src/data/audit/audit-log'
import { WORKSPACE_KID } from '../../../renderer/src/data/auth/setup'
import { createBlindIndexer } from '../../../renderer/src/data/crypto/blind-index'
import { createEncryptingCodec } from '../../../renderer/src/data/crypto/record-codec'
import { ROW_MINIMUM } from '../../../renderer/src/data/crypto/token-layout'
import { createRepositories } from '../../../renderer/src/data/repositories'
import {
  relayoutTokensBatch,
  TOKEN_LAYOUT_KEY,
} from '../../../renderer/src/data/repositories/search-index/relayout'
import { caseTokens } from '../../../renderer/src/data/repositories/cases/case-tokens'
import { personTokens } from '../../../renderer/src/data/repositories/persons/person-rows'
import { createWorkspace } from '../../../renderer/src/data/workspace'
import type { PersonDetails } from '../../../renderer/src/domain/cases/person'
import type { CaseDraft } from '../../../renderer/src/domain/cases/draft'
import { makeOrganisation, makePerson, makeRegistration } from '../../builders/cases'
import { toLayoutOne } from '../../builders/legacy-tokens'
import { keeperOf, sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'

const LADDER = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256]

const ouyang = () =>
  makePerson({
    name: '欧阳晓明',
    idNumber: '210202198001010016',
    gender: 'male',
    birthDate: '',
    phone: '13912345678',
  })

async function oldWorkspace() {
  const ws = await setUpWorkspace()
  const session = sessionAs(ws.session, ['mediator'])
  const repos = createRepositories(ws.db, session, { kdfCost: TEST_KDF })
  const registered = [
    await repos.cases.register(
      makeRegistration({ facts: '双方因宅基地边界发生争执。', parties: [ouyang(), makeOrganisation()] }),
    ),
    await repos.cases.register(makeRegistration()),
    await repos.cases.register(
      makeRegistration({
        parties: [
          makePerson({ name: '王秀兰', phone: '13900001111' }),
          makePerson({ name: '赵建国', role: 'respondent', idNumber: '', birthDate: '' }),
        ],
      }),
    ),
  ]
  await toLayoutOne(ws.db, ws.session)
  return { ...ws, session, repos, registered, indexer: createBlindIndexer(ws.session.keyring.index) }
}

type Ws = Awaited<ReturnType<typeof oldWorkspace>>

/** The rows' tokens, by table and id. */
async function tokensOf(ws: Ws) {
  const cases = Object.fromEntries((await ws.db.cases.toArray()).map((r) => [r.id, r.tokens ?? []]))
  const persons = Object.fromEntries((await ws.db.persons.toArray()).map((r) => [r.id, r.tokens]))
  return { cases, persons }
}

/** Whether a list is in layout 2: sorted, a size of the ladder (from the table's smallest), distinct. */
const laidOut = (tokens: string[], minimum: number) =>
  tokens.every((t, i) => i === 0 || (tokens[i - 1] ?? '') < t) &&
  LADDER.includes(tokens.length) &&
  tokens.length >= minimum

/** Every search of today, and duplicate detection, answered as registered. */
async function expectSearchesWork(ws: Ws) {
  const [target, second, third] = ws.registered
  const ids = async (q: string) => (await ws.repos.cases.search(q)).map((c) => c.id).sort()
  expect(await ids('欧阳晓明')).toEqual([target?.id])
  expect(await ids('晓明')).toEqual([target?.id])
  expect(await ids('210202198001010016')).toEqual([target?.id])
  expect(await ids('13912345678')).toEqual([target?.id])
  expect(await ids('宅基地')).toEqual([target?.id])
  expect(await ids(third?.caseNo ?? '')).toEqual([third?.id])
  expect(await ids('王秀')).toEqual([third?.id])
  expect(await ids('张三')).toEqual([second?.id])
  expect(await ws.repos.persons.match({ idNumber: '210202198001010016' })).toHaveLength(1)
  expect(await ws.repos.persons.match({ name: '王秀兰', phone: '13900001111' })).toHaveLength(1)
}

const retokenised = async (ws: Ws) =>
  (await ws.db.audit.toArray())
    .filter((e) => 'retokenised' in e.details)
    .map((e) => ({
      actor: e.actorId,
      type: e.targetType,
      count: e.details.retokenised,
      layout: e.details.tokenLayout,
    }))

describe('laying out old tokens again after login', () => {
  it('the fixture is in the old layout: single characters, in the order they were made', async () => {
    const ws = await oldWorkspace()
    const row = await ws.db.cases.get(ws.registered[0]?.id ?? '')
    expect(row?.tokens).toContain(await ws.indexer.token('name', '欧'))
    expect(row?.tokens).not.toEqual([...(row?.tokens ?? [])].sort())
    const person = await ws.db.persons.get(ws.registered[0]?.parties[0]?.personId ?? '')
    expect(person?.tokens[1]).toBe(await ws.indexer.token('name', '欧'))
    await expectSearchesWork(ws)
  })

  it('walks cases then persons in batches, resumes after a lock, audits counts, and a second run writes nothing', async () => {
    const ws = await oldWorkspace()
    const caseCount = await ws.db.cases.count()
    const personCount = await ws.db.persons.count()

    // one batch, then the session ends (a lock): the next session carries on from the cursor
    expect(await ws.repos.cases.relayoutTokens(2)).toEqual({ cases: 2, persons: 0, done: false })
    expect((await ws.db.settings.get(TOKEN_LAYOUT_KEY))?.value).toMatchObject({ table: 'cases', done: false })
    await expectSearchesWork(ws)
    const next = createRepositories(ws.db, sessionAs(ws.session, ['judicial'], 'someone-else'), {
      kdfCost: TEST_KDF,
    })
    const batches = []
    for (let b = await next.cases.relayoutTokens(2); ; b = await next.cases.relayoutTokens(2)) {
      batches.push(b)
      if (b.done) break
    }
    expect(batches.reduce((n, b) => n + b.cases, 2)).toBe(caseCount)
    expect(batches.reduce((n, b) => n + b.persons, 0)).toBe(personCount)

    const after = await tokensOf(ws)
    for (const t of Object.values(after.cases)) expect(laidOut(t, ROW_MINIMUM.cases)).toBe(true)
    for (const t of Object.values(after.persons)) expect(laidOut(t, ROW_MINIMUM.persons)).toBe(true)
    const single = await Promise.all([...'欧阳晓明张三王秀兰赵建国'].map((c) => ws.indexer.token('name', c)))
    for (const t of [...Object.values(after.cases), ...Object.values(after.persons)].flat()) {
      expect(single).not.toContain(t)
    }
    // exactly what a row stored today carries, pads included
    for (const row of await ws.db.cases.toArray()) {
      const c = await ws.repos.cases.get(row.id)
      expect(row.tokens).toEqual(await caseTokens(ws.indexer, row.id, c?.parties ?? [], c?.facts))
    }
    for (const row of await ws.db.persons.toArray()) {
      const { id, createdAt: _c, updatedAt: _u, ...details } = (await ws.repos.persons.get(row.id)) ?? {}
      expect(row.tokens).toEqual(await personTokens(ws.indexer, id ?? '', details as PersonDetails))
    }
    await expectSearchesWork(ws)

    // audited per batch with its count, in the name of whoever was logged in
    const audited = await retokenised(ws)
    expect(audited.filter((e) => e.type === 'case').reduce((n, e) => n + Number(e.count), 0)).toBe(caseCount)
    expect(audited.filter((e) => e.type === 'person').reduce((n, e) => n + Number(e.count), 0)).toBe(
      personCount,
    )
    expect(new Set(audited.map((e) => e.layout))).toEqual(new Set([2]))
    expect(audited[0]?.actor).toBe(ws.session.user.id)
    expect(audited.at(-1)?.actor).toBe('someone-else')

    // done: nothing more; and even walked again from the start, nothing is written or audited
    expect(await next.cases.relayoutTokens()).toEqual({ cases: 0, persons: 0, done: true })
    await ws.db.settings.delete(TOKEN_LAYOUT_KEY)
    const before = await tokensOf(ws)
    while (!(await next.cases.relayoutTokens(2)).done);
    expect(await tokensOf(ws)).toEqual(before)
    expect(await retokenised(ws)).toEqual(audited)
  })

  it('leaves a row stored again meanwhile to the write that stored it', async () => {
    const ws = await oldWorkspace()
    const personId = ws.registered[2]?.parties[0]?.personId ?? ''
    const person = await ws.repos.persons.get(personId)
    if (!person) throw new Error('fixture: no person')
    const { id: _id, createdAt: _c, updatedAt: _u, ...details } = person
    // The walk reads its batch and computes; before it writes, someone gives the person a new phone.
    let edited = false
    const indexer = {
      ...ws.indexer,
      async pads(table: string, rowId: string, count: number) {
        if (rowId === personId && !edited) {
          edited = true
          await ws.repos.persons.update(personId, { ...details, phone: '13700007777' })
        }
        return ws.indexer.pads(table, rowId, count)
      },
    }
    const ctx = {
      db: ws.db,
      codec: createEncryptingCodec(ws.session.keyring.data, WORKSPACE_KID),
      indexer,
      audit: createAuditLog(ws.db, ws.session.keyring.audit),
      access: { actor: { id: 'walker', username: 'walker' } },
    }
    await ws.db.settings.put({
      key: TOKEN_LAYOUT_KEY,
      value: { layout: 2, table: 'persons', after: '', done: false },
    })
    const batch = await relayoutTokensBatch(ctx, 100)
    expect(edited).toBe(true)
    expect(batch).toEqual({ cases: 0, persons: (await ws.db.persons.count()) - 1, done: true })
    // the edit's tokens stand: the new phone is found, the old one (which the walk had read) is not
    const row = await ws.db.persons.get(personId)
    expect(row?.tokens).toContain(await ws.indexer.token('phone', '13700007777'))
    expect(row?.tokens).not.toContain(await ws.indexer.token('phone', '13900001111'))
    expect(await ws.repos.persons.match({ name: '王秀兰', phone: '13700007777' })).toHaveLength(1)
  })

  it('runs at login before persons are linked, and the screens then search the new layout', async () => {
    const ws = await setUpWorkspace()
    const mediator = createRepositories(ws.db, sessionAs(ws.session, ['mediator']), { kdfCost: TEST_KDF })
    const draft: CaseDraft = {
      kind: 'people',
      sector: null,
      source: 'party-application',
      disputeType: 'neighbourhood',
      status: 'registered',
      outcome: null,
      riskLevel: null,
      createdAt: '2025-05-01T08:00:00.000Z',
      updatedAt: '2025-05-01T08:00:00.000Z',
      facts: '旧案的案情',
      requests: '旧案的请求',
      parties: [ouyang(), makeOrganisation()],
      records: [],
    }
    await mediator.cases.importDrafts([draft, { ...draft, parties: [makePerson(), makeOrganisation()] }])
    await toLayoutOne(ws.db, ws.session)
    expect(await ws.db.persons.count()).toBe(0)

    const workspace = createWorkspace(ws.db, keeperOf(ws.db), { kdfCost: TEST_KDF })
    await workspace.open(sessionAs(ws.session, ['mediator'], 'mediator-1'), 'auth.login')
    await workspace.maintenance()
    for (const r of await ws.db.cases.toArray()) expect(laidOut(r.tokens ?? [], ROW_MINIMUM.cases)).toBe(true)
    for (const r of await ws.db.persons.toArray()) expect(laidOut(r.tokens, ROW_MINIMUM.persons)).toBe(true)
    expect(await ws.db.persons.count()).toBe(3)
    expect(await workspace.repositories.cases.search('阳晓')).toHaveLength(1)
    expect((await ws.db.settings.get(TOKEN_LAYOUT_KEY))?.value).toMatchObject({ layout: 2, done: true })
  })
})
