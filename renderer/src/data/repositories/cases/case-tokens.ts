/**
 * Which blind-index tokens a case carries, and which a search looks for. A row stores them as laid
 * out by crypto/token-layout.ts (a sorted, padded set); here is what the real ones are.
 */
import type { Case } from '../../../domain/cases/case'
import type { Party } from '../../../domain/cases/party'
import { MIN_NAME_QUERY } from '../../../domain/cases/search-query'
import { nameGrams, normalizers, type BlindIndexer } from '../../crypto/blind-index'
import { layOutTokens } from '../../crypto/token-layout'

/**
 * Function characters so frequent that a pair containing one finds everything: leaving those pairs
 * out of the index keeps each case's token list (and IndexedDB's work) about a third smaller. A
 * search still confirms the whole phrase on the decrypted facts.
 */
const STOP = new Set('的了在是和与及其他她我你们这那有也就都而被把对为于以之所不没着过到从将向'.split(''))

/**
 * The words of a text as the search sees them: every pair of adjacent Han characters (Chinese has
 * no spaces, and two characters make most words) and every Latin or digit word of 2+ characters.
 * A lone Han character is not a word here (as in names, a single character is never indexed).
 */
export function textWords(text: string): string[] {
  const words = new Set<string>()
  const norm = normalizers.word(text)
  for (const run of norm.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) {
      const [a = '', b = ''] = [chars[i], chars[i + 1]]
      if (!STOP.has(a) && !STOP.has(b)) words.add(a + b)
    }
  }
  for (const w of norm.match(/[a-z0-9]{2,}/g) ?? []) words.add(w)
  return [...words]
}

/** Who someone is, as far as the index sees it: a party of a case, or a person record (persons). */
export type IdentityFields = { name: string; phone: string } & (
  { type: 'person'; idNumber: string } | { type: 'organisation'; creditCode: string }
)

/** The name with its pairs, the ID number (or credit code) and the phone of one party or person. */
export async function partyTokens(indexer: BlindIndexer, p: IdentityFields): Promise<string[]> {
  const id = p.type === 'person' ? p.idNumber : p.creditCode
  const [name, ids, phone] = await Promise.all([
    indexer.tokensFor('name', p.name),
    indexer.tokensFor('id', id),
    indexer.tokensFor('phone', p.phone),
  ])
  return [...name, ...ids, ...phone]
}

/** A case row's tokens as stored: its parties' and the words of its facts, laid out as a padded set. */
export async function caseTokens(
  indexer: BlindIndexer,
  caseId: string,
  parties: Party[],
  facts = '',
): Promise<string[]> {
  // All HMACs of a case at once: awaited one by one, each WebCrypto round trip waited for the last.
  const [words, ...ofParties] = await Promise.all([
    Promise.all(textWords(facts).map((w) => indexer.token('word', w))),
    ...parties.map((p) => partyTokens(indexer, p)),
  ])
  return layOutTokens(indexer, 'cases', caseId, [...words, ...ofParties.flat()])
}

export type SearchPlan =
  /** every token must be on the case; then the decrypted case is checked with `matches` */
  { tokens: string[]; matches: (c: Case) => boolean }

/**
 * A typed query may be an ID number, a phone number or a name (or a fragment of one). A fragment
 * needs two characters at least (single characters are not indexed; see nameGrams); names longer
 * than two characters are looked up by their pairs and then confirmed on the decrypted names.
 */
export async function planSearch(indexer: BlindIndexer, query: string): Promise<SearchPlan[]> {
  const plans: SearchPlan[] = []
  const idLike = normalizers.id(query)
  if (/^[0-9A-Z]{15,18}$/.test(idLike)) {
    plans.push({ tokens: [await indexer.token('id', idLike)], matches: () => true })
  }
  const digits = normalizers.phone(query)
  if (/^[\d\s-]+$/.test(query) && digits.length >= 7 && digits.length <= 12) {
    plans.push({ tokens: [await indexer.token('phone', digits)], matches: () => true })
  }
  const name = normalizers.name(query)
  if ([...name].length >= MIN_NAME_QUERY && !/^\d+$/.test(name)) {
    const chars = [...name]
    const grams = chars.length <= 2 ? [name] : nameGrams(name).filter((g) => [...g].length === 2)
    const tokens = await Promise.all(grams.map((g) => indexer.token('name', g)))
    plans.push({
      tokens,
      matches: (c) => c.parties.some((p) => normalizers.name(p.name).includes(name)),
    })
  }
  const words = textWords(query)
  if (words.length && [...name].length >= 2) {
    const phrase = normalizers.word(query).trim()
    plans.push({
      tokens: await Promise.all(words.map((w) => indexer.token('word', w))),
      matches: (c) => normalizers.word(c.facts).includes(phrase),
    })
  }
  return plans
}
