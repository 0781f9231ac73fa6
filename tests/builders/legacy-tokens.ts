/**
 * Rows in token layout 1, as stored before issue 15: a frozen copy of that tokenisation (every
 * single character and pair of a name, in the order they were made, no padding; single Han
 * characters of the facts as words) — for the re-tokenising walk's fixture and the attack's
 * control. The token of one piece is unchanged (the same keyed HMAC); what differs is which
 * pieces, in what order, and how many.
 */
import { WORKSPACE_KID } from '../../renderer/src/data/auth/setup'
import type { Session } from '../../renderer/src/data/auth/session'
import {
  createBlindIndexer,
  normalizers,
  type BlindIndexer,
} from '../../renderer/src/data/crypto/blind-index'
import { createEncryptingCodec } from '../../renderer/src/data/crypto/record-codec'
import { openCaseBody } from '../../renderer/src/data/repositories/cases/case-rows'
import { rowToPerson } from '../../renderer/src/data/repositories/persons/person-rows'
import type { MediationDb } from '../../renderer/src/data/schema'

const STOP = new Set('的了在是和与及其他她我你们这那有也就都而被把对为于以之所不没着过到从将向'.split(''))

function nameGramsV1(name: string): string[] {
  const chars = [...normalizers.name(name)]
  const grams = new Set<string>([chars.join('')])
  chars.forEach((c, i) => {
    grams.add(c)
    const next = chars[i + 1]
    if (next) grams.add(c + next)
  })
  grams.delete('')
  return [...grams]
}

function textWordsV1(text: string): string[] {
  const words = new Set<string>()
  const norm = normalizers.word(text)
  for (const run of norm.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run]
    if (chars.length === 1) words.add(run)
    for (let i = 0; i + 1 < chars.length; i++) {
      const [a = '', b = ''] = [chars[i], chars[i + 1]]
      if (!STOP.has(a) && !STOP.has(b)) words.add(a + b)
    }
  }
  for (const w of norm.match(/[a-z0-9]{2,}/g) ?? []) words.add(w)
  return [...words]
}

type Identity = { name: string; phone: string } & (
  { type: 'person'; idNumber: string } | { type: 'organisation'; creditCode: string }
)

export async function partyTokensV1(indexer: BlindIndexer, p: Identity): Promise<string[]> {
  const id = p.type === 'person' ? p.idNumber : p.creditCode
  const pieces = [
    ...(p.name.trim() ? nameGramsV1(p.name).map((g) => ['name', g] as const) : []),
    ...(id.trim() ? [['id', normalizers.id(id)] as const] : []),
    ...(p.phone.trim() ? [['phone', normalizers.phone(p.phone)] as const] : []),
  ]
  const tokens: string[] = []
  for (const [field, piece] of pieces) if (piece) tokens.push(await indexer.token(field, piece))
  return tokens
}

export async function caseTokensV1(
  indexer: BlindIndexer,
  parties: Identity[],
  facts: string,
): Promise<string[]> {
  const tokens = new Set<string>()
  for (const w of textWordsV1(facts)) tokens.add(await indexer.token('word', w))
  for (const p of parties) for (const t of await partyTokensV1(indexer, p)) tokens.add(t)
  return [...tokens]
}

/** Puts every case and person row of `db` back into layout 1 (its sealed bodies untouched). */
export async function toLayoutOne(db: MediationDb, session: Session): Promise<void> {
  const codec = createEncryptingCodec(session.keyring.data, WORKSPACE_KID)
  const indexer = createBlindIndexer(session.keyring.index)
  const cases = await db.cases.toArray()
  for (const row of cases) {
    const body = await openCaseBody(codec, row)
    row.tokens = await caseTokensV1(indexer, body.parties, body.facts)
  }
  const persons = await db.persons.toArray()
  for (const row of persons) {
    row.tokens = [...new Set(await partyTokensV1(indexer, await rowToPerson(codec, row)))]
  }
  await db.transaction('rw', db.cases, db.persons, async () => {
    await db.cases.bulkPut(cases)
    await db.persons.bulkPut(persons)
  })
}
