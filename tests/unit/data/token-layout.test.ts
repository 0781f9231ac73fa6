/**
 * How rows store their blind-index tokens (layout 2): a sorted set, padded to a size of a fixed
 * ladder with pads that look like tokens and belong to their row; no single character of a name
 * or of the facts is a token.
 */
import { describe, expect, it } from 'vitest'
import { createBlindIndexer, nameGrams } from '../../../renderer/src/data/crypto/blind-index'
import { bucketSize, ROW_MINIMUM } from '../../../renderer/src/data/crypto/token-layout'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { partyTokens, textWords } from '../../../renderer/src/data/repositories/cases/case-tokens'
import { makeOrganisation, makePerson, makePersonDetails, makeRegistration } from '../../builders/cases'
import { sessionAs, setUpWorkspace } from '../../builders/session'

const LADDER = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024]
const TOKEN = /^[A-Za-z0-9_-]{16}$/

async function workspace() {
  const ws = await setUpWorkspace()
  const repos = createRepositories(ws.db, sessionAs(ws.session, ['mediator']))
  return { ...ws, repos, indexer: createBlindIndexer(ws.session.keyring.index) }
}

function expectLaidOut(tokens: readonly string[] | undefined, minimum: number) {
  const list = tokens ?? []
  expect(list).toEqual([...list].sort())
  expect(new Set(list).size).toBe(list.length)
  expect(LADDER).toContain(list.length)
  expect(list.length).toBeGreaterThanOrEqual(minimum)
  for (const t of list) expect(t).toMatch(TOKEN)
}

describe('token layout', () => {
  it('sizes go up a fixed ladder, from each table’s smallest', () => {
    const counts = [0, 1, 8, 9, 12, 13, 16, 17, 24, 25, 32, 33, 48, 49, 64, 65, 96, 97, 128, 129, 300, 700]
    expect(counts.map((n) => bucketSize(n, 8))).toEqual([
      8, 8, 8, 12, 12, 16, 16, 24, 24, 32, 32, 48, 48, 64, 64, 96, 96, 128, 128, 192, 384, 768,
    ])
    expect(bucketSize(3, ROW_MINIMUM.cases)).toBe(32)
    expect(bucketSize(33, ROW_MINIMUM.cases)).toBe(48)
    expect(bucketSize(3, ROW_MINIMUM.persons)).toBe(8)
  })

  it('indexes a name whole and by its pairs, never by one character', () => {
    expect(nameGrams('欧阳 晓明')).toEqual(['欧阳晓明', '欧阳', '阳晓', '晓明'])
    expect(nameGrams('张三')).toEqual(['张三'])
    // a whole name stays, however short: it is what duplicate detection looks up
    expect(nameGrams('李')).toEqual(['李'])
    expect(textWords('老张说：王，借款 5 万 abc')).toEqual(['老张', '张说', '借款', 'abc'])
  })

  it('stores a case’s tokens as a sorted, padded set that holds the real ones and no single character', async () => {
    const { repos, db, indexer } = await workspace()
    const c = await repos.cases.register(
      makeRegistration({ parties: [makePerson({ name: '欧阳晓明' }), makeOrganisation()] }),
    )
    const row = await db.cases.get(c.id)
    expectLaidOut(row?.tokens, ROW_MINIMUM.cases)
    const real = new Set<string>()
    for (const w of textWords(c.facts)) real.add(await indexer.token('word', w))
    for (const p of c.parties) for (const t of await partyTokens(indexer, p)) real.add(t)
    expect(real.size).toBeLessThan(row?.tokens?.length ?? 0)
    for (const t of real) expect(row?.tokens).toContain(t)
    expect(row?.tokens).toContain(await indexer.token('name', '欧阳'))
    for (const ch of ['欧', '阳', '晓', '明', '大', '连']) {
      expect(row?.tokens).not.toContain(await indexer.token('name', ch))
      expect(row?.tokens).not.toContain(await indexer.token('word', ch))
    }
  })

  it('pads a person to at least 8, with pads of its own that stay when it is stored again', async () => {
    const { repos, db, indexer } = await workspace()
    const a = await repos.cases.register(makeRegistration())
    const personId = a.parties[0]?.personId ?? ''
    const before = (await db.persons.get(personId))?.tokens
    expectLaidOut(before, ROW_MINIMUM.persons)
    expect(before).toHaveLength(8)

    // the same details stored again: the very same tokens, pads included
    await repos.persons.update(personId, makePersonDetails({ address: '新地址' }))
    expect((await db.persons.get(personId))?.tokens).toEqual(before)
    // a new phone changes its token and nothing else
    await repos.persons.update(personId, makePersonDetails({ phone: '13900001111' }))
    const after = (await db.persons.get(personId))?.tokens ?? []
    expectLaidOut(after, ROW_MINIMUM.persons)
    expect(after.filter((t) => !before?.includes(t))).toEqual([await indexer.token('phone', '13900001111')])
    expect(before?.filter((t) => !after.includes(t))).toEqual([await indexer.token('phone', '13800138000')])

    // two cases with the same parties share their real tokens, never a pad
    const b = await repos.cases.register(makeRegistration())
    const [ta, tb] = [(await db.cases.get(a.id))?.tokens ?? [], (await db.cases.get(b.id))?.tokens ?? []]
    const real = new Set<string>()
    for (const w of textWords(a.facts)) real.add(await indexer.token('word', w))
    for (const p of a.parties) for (const t of await partyTokens(indexer, p)) real.add(t)
    expect(new Set(ta.filter((t) => tb.includes(t)))).toEqual(real)
  })
})
