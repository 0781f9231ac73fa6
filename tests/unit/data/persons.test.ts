/**
 * Persons reused across cases: registration links or creates them, the person's cases come from the
 * `*personIds` index, edits are checked, sealed, re-tokenised and audited, and cases stored without
 * persons are linked after login — merging duplicates, in batches, idempotently.
 */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { createWorkspace } from '../../../renderer/src/data/workspace'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import type { CaseDraft } from '../../../renderer/src/domain/cases/draft'
import type { PartyInput } from '../../../renderer/src/domain/cases/party'
import type { Person } from '../../../renderer/src/domain/cases/person'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { makeOrganisation, makePerson, makeRegistration } from '../../builders/cases'
import { sessionAs, setUpWorkspace, TEST_KDF, keeperOf } from '../../builders/session'

async function workspaceAs(roles: Parameters<typeof sessionAs>[1] = ['mediator']) {
  const ws = await setUpWorkspace()
  const repos = createRepositories(ws.db, sessionAs(ws.session, roles), { kdfCost: TEST_KDF })
  return { ...ws, repos }
}

const other = () =>
  makePerson({
    name: '赵建国',
    role: 'respondent',
    gender: 'male',
    birthDate: '',
    idNumber: '210202198001010016',
    phone: '13911112222',
  })

function draft(parties: PartyInput[], createdAt = '2025-05-01T08:00:00.000Z'): CaseDraft {
  return {
    kind: 'people',
    sector: null,
    source: 'party-application',
    disputeType: 'neighbourhood',
    status: 'registered',
    outcome: null,
    riskLevel: null,
    createdAt,
    updatedAt: createdAt,
    facts: '旧案的案情',
    requests: '旧案的请求',
    parties,
    records: [],
  }
}

const personCount = (ws: { db: { persons: { count(): Promise<number> } } }) => ws.db.persons.count()

describe('registration links parties to persons', () => {
  it('a new party becomes a new person, and the case and party carry its id', async () => {
    const ws = await workspaceAs()
    const c = await ws.repos.cases.register(makeRegistration())
    expect(await personCount(ws)).toBe(2)
    const row = await ws.db.cases.get(c.id)
    const partyPersonIds = c.parties.map((p) => p.personId)
    expect(partyPersonIds.every(Boolean)).toBe(true)
    expect(new Set(row?.personIds)).toEqual(new Set(partyPersonIds))
    const person = await ws.repos.persons.get(c.parties[0]?.personId ?? '')
    expect(person).toMatchObject({ type: 'person', name: '张三', idNumber: '11010519491231002X' })
    const org = await ws.repos.persons.get(c.parties[1]?.personId ?? '')
    expect(org).toMatchObject({ type: 'organisation', creditCode: '91440300708461136T' })
    // the person record holds no per-case fields
    expect(person).not.toHaveProperty('role')
    expect(person).not.toHaveProperty('agent')
  })

  it('a second case that links the first one’s person gives one person with both cases', async () => {
    const ws = await workspaceAs()
    const first = await ws.repos.cases.register(makeRegistration({ parties: [makePerson(), other()] }))
    const [match] = await ws.repos.persons.match({ idNumber: '11010519491231002x' })
    expect(match?.person.name).toBe('张三')
    expect(match?.caseNos).toEqual([first.caseNo])
    const second = await ws.repos.cases.register(
      makeRegistration({
        parties: [makePerson({ personId: match?.person.id, address: '新地址' }), makeOrganisation()],
      }),
    )
    expect(second.parties[0]?.personId).toBe(match?.person.id)
    // 张三 once, 赵建国, and the organisation of the second case
    expect(await personCount(ws)).toBe(3)
    const cases = await ws.repos.persons.casesOf(match?.person.id ?? '')
    expect(cases.map((c) => c.caseNo)).toEqual([second.caseNo, first.caseNo])
    // the case keeps the party as registered; the person record is edited only on its own page
    expect(second.parties[0]?.address).toBe('新地址')
    expect((await ws.repos.persons.get(match?.person.id ?? ''))?.address).toBe('大连市甘井子区某街道1号')
  })

  it('a person id that names nothing, or another kind of party, is not linked: a new person is made', async () => {
    const ws = await workspaceAs()
    const first = await ws.repos.cases.register(makeRegistration())
    const orgPersonId = first.parties[1]?.personId
    const c = await ws.repos.cases.register(
      makeRegistration({
        parties: [makePerson({ personId: orgPersonId }), makeOrganisation({ personId: 'no-such-person' })],
      }),
    )
    expect(c.parties.map((p) => p.personId)).not.toContain(orgPersonId)
    expect(c.parties.map((p) => p.personId)).not.toContain('no-such-person')
    expect(await personCount(ws)).toBe(4)
  })

  it('matches by name and phone, and not by a name alone or a different phone', async () => {
    const ws = await workspaceAs()
    await ws.repos.cases.register(makeRegistration())
    expect(await ws.repos.persons.match({ name: '张 三', phone: '138-0013-8000' })).toHaveLength(1)
    expect(await ws.repos.persons.match({ name: '张三', phone: '13900000000' })).toEqual([])
    expect(await ws.repos.persons.match({ name: '张三' })).toEqual([])
    expect(await ws.repos.persons.match({ type: 'organisation', idNumber: '11010519491231002X' })).toEqual([])
  })

  it('matches by a whole name of any length, even one character, and not by a piece of it', async () => {
    const ws = await workspaceAs()
    const long = makePerson({ name: '欧阳晓明', phone: '13912345678', idNumber: '', birthDate: '' })
    const short = makePerson({
      name: '王',
      role: 'respondent',
      phone: '13912345679',
      idNumber: '',
      birthDate: '',
    })
    await ws.repos.cases.register(makeRegistration({ parties: [long, short] }))
    expect(await ws.repos.persons.match({ name: '欧阳晓明', phone: '13912345678' })).toHaveLength(1)
    expect(await ws.repos.persons.match({ name: '王', phone: '139 1234 5679' })).toHaveLength(1)
    // a piece of a name is not the name
    expect(await ws.repos.persons.match({ name: '欧阳', phone: '13912345678' })).toEqual([])
  })
})

describe('person records at rest and when edited', () => {
  it('stores the details only as ciphertext', async () => {
    const ws = await workspaceAs()
    const c = await ws.repos.cases.register(
      makeRegistration({ parties: [makePerson({ name: '独孤求败', address: '唯一的住址标记' }), other()] }),
    )
    const row = await ws.db.persons.get(c.parties[0]?.personId ?? '')
    expect(row?.body.alg).toBe('A256GCM')
    const stored = JSON.stringify(row)
    const bytes = row?.body.alg === 'A256GCM' ? new TextDecoder().decode(row.body.ct) : ''
    for (const secret of ['独孤求败', '唯一的住址标记', '11010519491231002X', '13800138000']) {
      expect(stored).not.toContain(secret)
      expect(bytes).not.toContain(secret)
    }
    expect(row?.tokens.length).toBeGreaterThan(3)
  })

  it('updates details: validated, re-tokenised and audited; a bad value changes nothing', async () => {
    const ws = await workspaceAs()
    const c = await ws.repos.cases.register(makeRegistration())
    const id = c.parties[0]?.personId ?? ''
    const before = await ws.repos.persons.get(id)
    if (!before || before.type !== 'person') throw new Error('expected a natural person')
    const { id: _id, createdAt: _c, updatedAt: _u, ...details } = before

    const refused = ws.repos.persons.update(id, { ...details, idNumber: '110105194912310021' })
    await expect(refused).rejects.toBeInstanceOf(ValidationError)
    await expect(refused).rejects.toMatchObject({
      issues: [{ path: 'idNumber', message: 'validation.residentId.checksum' }],
    })
    await expect(
      ws.repos.persons.update(id, { ...details, type: 'organisation' } as never),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await ws.repos.persons.get(id)).toEqual(before)

    const updated = await ws.repos.persons.update(id, { ...details, phone: '139 0000 1111', address: '新址' })
    expect(updated).toMatchObject({ phone: '13900001111', address: '新址' })
    expect(await ws.repos.persons.get(id)).toMatchObject({ phone: '13900001111', address: '新址' })
    expect(await ws.repos.persons.match({ name: '张三', phone: '13900001111' })).toHaveLength(1)
    expect(await ws.repos.persons.match({ name: '张三', phone: '13800138000' })).toEqual([])
    // the case still shows the party as registered
    expect((await ws.repos.cases.get(c.id))?.parties[0]?.phone).toBe('13800138000')
    const audit = await ws.db.audit
      .where('[action+at]')
      .between(['person.update', ''], ['person.update', '\uffff'])
      .toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      targetType: 'person',
      targetId: id,
      details: { fields: ['phone', 'address'] },
    })
    expect(JSON.stringify(audit)).not.toContain('新址')
  })

  it('refuses people who may not read or edit cases', async () => {
    const ws = await workspaceAs()
    const c = await ws.repos.cases.register(makeRegistration())
    const id = c.parties[0]?.personId ?? ''
    const as = (roles: Parameters<typeof sessionAs>[1]) =>
      createRepositories(ws.db, sessionAs(ws.session, roles, `u-${roles.join('-')}`)).persons
    const counsellor = as(['counsellor'])
    await expect(counsellor.get(id)).rejects.toBeInstanceOf(PermissionError)
    await expect(counsellor.match({ idNumber: '11010519491231002X' })).rejects.toBeInstanceOf(PermissionError)
    await expect(counsellor.casesOf(id)).rejects.toBeInstanceOf(PermissionError)
    const person = (await ws.repos.persons.get(id)) as Person
    await expect(counsellor.update(id, person)).rejects.toBeInstanceOf(PermissionError)
    // administrators may read (exports need it) but not edit; judicial staff may edit
    const admin = as(['admin'])
    expect((await admin.casesOf(id)).map((s) => s.id)).toEqual([c.id])
    await expect(admin.update(id, person)).rejects.toBeInstanceOf(PermissionError)
    await expect(as(['judicial']).update(id, person)).resolves.toMatchObject({ id })
  })
})

describe('the same person across cases', () => {
  // Ported from the case repository's findPartyMatches, which repeated this matching over case rows.
  it('offers earlier records by ID number, or by name and phone, found through the blind index and audited', async () => {
    const ws = await workspaceAs()
    const first = await ws.repos.cases.register(makeRegistration())
    const byId = await ws.repos.persons.match({ idNumber: '11010519491231002x' })
    expect(byId.map((m) => [m.caseNos, m.person.name])).toEqual([[[first.caseNo], '张三']])
    const byNamePhone = await ws.repos.persons.match({ name: '张 三', phone: '138-0013-8000' })
    expect(byNamePhone[0]?.person).toMatchObject({ name: '张三', idNumber: '11010519491231002X' })
    expect(await ws.repos.persons.match({ name: '张三', phone: '13900000000' })).toEqual([])
    expect(await ws.repos.persons.match({ name: '张三' })).toEqual([])
    // the person rows hold only tokens and a sealed body: nothing of what was matched is plain
    expect(JSON.stringify(await ws.db.persons.toArray())).not.toMatch(/张三|11010519491231002X|13800138000/)
    // each look-up that found someone is a view of personal data, and is audited (counts only)
    const views = await ws.db.audit
      .where('[action+at]')
      .between(['person.view', ''], ['person.view', '\uffff'])
      .toArray()
    expect(views.map((v) => [v.targetId, v.details])).toEqual([
      [byId[0]?.person.id, { matches: 1 }],
      [byId[0]?.person.id, { matches: 1 }],
    ])
  })
})

describe('linking cases stored without persons', () => {
  const zhang = (extra: Partial<Extract<PartyInput, { type: 'person' }>> = {}) => makePerson(extra)
  const zhangNoId = () => makePerson({ idType: 'passport', idNumber: '', birthDate: '' })
  const zhangOtherId = (phone = '13700000000') =>
    makePerson({
      idNumber: '210202198505050038',
      gender: 'male',
      birthDate: '',
      phone,
      address: '另一个张三',
    })

  async function legacyWorkspace() {
    const ws = await workspaceAs()
    await ws.repos.cases.importDrafts([
      draft([zhang(), other()], '2025-01-01T08:00:00.000Z'),
      draft([zhangNoId(), makeOrganisation()], '2025-02-01T08:00:00.000Z'),
      draft([zhang({ address: '同一身份证' }), makeOrganisation()], '2025-03-01T08:00:00.000Z'),
      draft([zhangOtherId(), other()], '2025-04-01T08:00:00.000Z'),
      draft([makePerson({ name: '孤身一人', phone: '', idNumber: '', birthDate: '' }), other()]),
    ])
    expect(await personCount(ws)).toBe(0)
    return ws
  }

  it('merges the same ID number, or the same name and phone, into one person, in batches', async () => {
    const ws = await legacyWorkspace()
    const batches = []
    for (let i = 0; i < 10; i++) {
      const b = await ws.repos.persons.linkLegacyCases(2)
      batches.push(b)
      if (b.done) break
    }
    expect(batches.length).toBe(3)
    expect(batches.reduce((n, b) => n + b.linked, 0)).toBe(5)
    // 张三 (one ID, also found by name+phone), 另一个张三 (another ID), 赵建国, the company, 孤身一人
    expect(await personCount(ws)).toBe(5)
    expect(await ws.db.cases.filter((r) => !r.personIds?.length).count()).toBe(0)

    const [zhangPerson] = await ws.repos.persons.match({ idNumber: '11010519491231002X' })
    expect(zhangPerson?.caseNos).toHaveLength(3)
    const [otherZhang] = await ws.repos.persons.match({ idNumber: '210202198505050038' })
    expect(otherZhang?.person).toMatchObject({ name: '张三', address: '另一个张三' })
    expect(otherZhang?.caseNos).toHaveLength(1)
    const [zhao] = await ws.repos.persons.match({ idNumber: '210202198001010016' })
    expect(zhao?.caseNos).toHaveLength(3)
    const all = await ws.repos.cases.list({ sortBy: 'createdAt', direction: 'asc', page: 0, pageSize: 10 })
    for (const s of all.items) {
      const c = await ws.repos.cases.get(s.id)
      const row = await ws.db.cases.get(s.id)
      // each party names its person, and the case's index entries are exactly those
      expect(new Set(c?.parties.map((p) => p.personId))).toEqual(new Set(row?.personIds))
    }
  })

  it('does not merge the same name and phone when the ID numbers differ', async () => {
    const ws = await workspaceAs()
    await ws.repos.cases.importDrafts([
      draft([zhang(), other()]),
      draft([zhangOtherId('13800138000'), other()]),
    ])
    while (!(await ws.repos.persons.linkLegacyCases()).done);
    const matches = await ws.repos.persons.match({ name: '张三', phone: '13800138000' })
    expect(matches.map((m) => m.caseNos.length)).toEqual([1, 1])
    expect(await personCount(ws)).toBe(3)
  })

  it('a record made from a party without an ID number takes it from a later party', async () => {
    const ws = await workspaceAs()
    await ws.repos.cases.importDrafts([draft([zhangNoId(), other()])])
    while (!(await ws.repos.persons.linkLegacyCases()).done);
    const [before] = await ws.repos.persons.match({ name: '张三', phone: '13800138000' })
    expect(before?.person).toMatchObject({ idType: 'passport', idNumber: '' })
    await ws.repos.cases.importDrafts([draft([zhang(), makeOrganisation()])])
    while (!(await ws.repos.persons.linkLegacyCases()).done);
    const [after] = await ws.repos.persons.match({ idNumber: '11010519491231002X' })
    expect(after?.person).toMatchObject({
      id: before?.person.id,
      idType: 'resident-id',
      createdAt: before?.person.createdAt,
    })
    expect(after?.caseNos).toHaveLength(2)
  })

  it('is safe to run again, and links cases imported after it finished', async () => {
    const ws = await legacyWorkspace()
    while (!(await ws.repos.persons.linkLegacyCases(3)).done);
    const snapshot = async () => ({
      persons: (await ws.db.persons.toArray()).map((r) => r.id).sort(),
      cases: (await ws.db.cases.toArray()).map((r) => [r.id, r.personIds]),
    })
    const before = await snapshot()
    expect(await ws.repos.persons.linkLegacyCases(3)).toEqual({ linked: 0, created: 0, done: true })
    expect(await snapshot()).toEqual(before)

    await ws.repos.cases.importDrafts([draft([zhang(), makeOrganisation()])])
    while (!(await ws.repos.persons.linkLegacyCases(3)).done);
    // the new case joins the existing 张三 and company: no person is added
    expect((await snapshot()).persons).toEqual(before.persons)
    expect(await ws.db.cases.filter((r) => !r.personIds?.length).count()).toBe(0)
  })

  it('runs after login, and the screens see linked cases', async () => {
    const ws = await legacyWorkspace()
    const workspace = createWorkspace(ws.db, keeperOf(ws.db), { kdfCost: TEST_KDF })
    await workspace.open(sessionAs(ws.session, ['counsellor'], 'any-user'), 'auth.login')
    await workspace.maintenance()
    expect(await ws.db.cases.filter((r) => !r.personIds?.length).count()).toBe(0)
    expect(await personCount(ws)).toBe(5)
  })
})
