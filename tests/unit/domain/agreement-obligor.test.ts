/**
 * The obligor (履行义务人) of each agreed term is a required choice: new input without one is refused
 * with its own message at the term's field; a row stored before the rule reads back with the form's
 * old default (the respondents), and that default is never applied to new input.
 */
import { describe, expect, it } from 'vitest'
import {
  migrateStoredRecord,
  OBLIGOR_ALL,
  OBLIGOR_LEGACY,
  obligorsOf,
  parseRecord,
  readStoredRecord,
} from '../../../renderer/src/domain/cases/records'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { MSG } from '../../../renderer/src/domain/shared/messages'

const meta = { id: 'r1', caseId: 'c1', createdAt: '2026-03-01T00:00:00.000Z', createdBy: 'u1' }
const term = (obligorPartyId?: string) => ({
  id: 't1',
  description: '赔偿损失',
  amountFen: 100_000,
  ...(obligorPartyId === undefined ? {} : { obligorPartyId }),
})
const data = (...terms: object[]) => ({ form: 'written', terms, effectiveDate: '2026-03-01' })
const parties = [
  { id: 'p1', role: 'applicant', name: '周丽' },
  { id: 'p2', role: 'respondent', name: '吴强' },
  { id: 'p3', role: 'respondent', name: '吴刚' },
]

describe('the obligor of a term', () => {
  it('is required in new input: missing or empty is refused at the term, with its own message', () => {
    for (const input of [data(term()), data(term('')), data(term('  '))]) {
      let error: unknown
      try {
        parseRecord(meta, 'agreement', input)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues).toContainEqual({
        path: 'terms.0.obligorPartyId',
        message: MSG.obligorRequired,
      })
    }
  })

  it('takes a party or every party alike', () => {
    expect(parseRecord(meta, 'agreement', data(term('p1'))).data.terms[0]?.obligorPartyId).toBe('p1')
    expect(parseRecord(meta, 'agreement', data(term(OBLIGOR_ALL))).data.terms[0]?.obligorPartyId).toBe(
      OBLIGOR_ALL,
    )
  })

  it('a stored term without one reads back as the old default; one with a party keeps it', () => {
    const read = readStoredRecord(meta, 'agreement', data(term(''), { ...term('p1'), id: 't2' }))
    expect(read.data.terms.map((t) => t.obligorPartyId)).toEqual([OBLIGOR_LEGACY, 'p1'])
    expect(migrateStoredRecord('session', { outcome: 'agreed' })).toEqual({ outcome: 'agreed' })
  })

  it('names the party, the respondents for the old default, every party for all', () => {
    expect(obligorsOf(parties, 'p1')).toEqual({ all: false, parties: [parties[0]] })
    expect(obligorsOf(parties, OBLIGOR_LEGACY).parties.map((p) => p.name)).toEqual(['吴强', '吴刚'])
    expect(obligorsOf(parties, OBLIGOR_ALL)).toEqual({ all: true, parties })
    expect(obligorsOf(parties, 'nobody').parties).toEqual([])
  })
})
