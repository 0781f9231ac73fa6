/**
 * Finding the person record someone already has: the same ID number (or credit code), or the same
 * name and phone. Candidates come from the blind index (one index range each, never a scan) and are
 * confirmed on their decrypted details, since tokens are truncated and a name token is only a name.
 */
import type { Person } from '../../../domain/cases/person'
import { normalizers } from '../../crypto/blind-index'
import type { PersonRow } from '../../schema'
import { rowToPerson, type PersonContext } from './person-rows'

export interface IdentityProbe {
  type?: Person['type']
  idNumber?: string
  name?: string
  phone?: string
}

const CANDIDATES = 20

/** The normalised keys an identity is matched on: `id:` and `name+phone:` (either may be missing). */
export function identityKeys(probe: IdentityProbe): string[] {
  const keys: string[] = []
  const id = normalizers.id(probe.idNumber ?? '')
  if (id.length >= 6) keys.push(`id:${id}`)
  const name = normalizers.name(probe.name ?? '')
  const phone = normalizers.phone(probe.phone ?? '')
  if (name && phone.length >= 7) keys.push(`name+phone:${name}\u001f${phone}`)
  return keys
}

function sameIdentity(probe: IdentityProbe, p: Person): boolean {
  if (probe.type && probe.type !== p.type) return false
  const wanted = new Set(identityKeys(probe))
  const idNumber = p.type === 'person' ? p.idNumber : p.creditCode
  return identityKeys({ idNumber, name: p.name, phone: p.phone }).some((k) => wanted.has(k))
}

export async function findPersons(
  ctx: Pick<PersonContext, 'db' | 'codec' | 'indexer'>,
  probe: IdentityProbe,
): Promise<Person[]> {
  const { db, indexer } = ctx
  const lookups: string[][] = []
  const id = normalizers.id(probe.idNumber ?? '')
  if (id.length >= 6) lookups.push([await indexer.token('id', id)])
  const name = normalizers.name(probe.name ?? '')
  const phone = normalizers.phone(probe.phone ?? '')
  if (name && phone.length >= 7) {
    lookups.push([await indexer.token('phone', phone), await indexer.token('name', name)])
  }
  const rows = new Map<string, PersonRow>()
  for (const [first, ...rest] of lookups) {
    if (!first) continue
    const found = await db.persons
      .where('tokens')
      .equals(first)
      .filter((r) => rest.every((t) => r.tokens.includes(t)))
      .limit(CANDIDATES)
      .toArray()
    for (const r of found) rows.set(r.id, r)
  }
  const persons = await Promise.all([...rows.values()].map((r) => rowToPerson(ctx.codec, r)))
  return persons.filter((p) => sameIdentity(probe, p)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
}
