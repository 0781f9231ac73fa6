/**
 * 协同调解员: a record names up to four co-mediators (distinct, never the lead, only active
 * mediators) and replaces the list before it; an empty list removes them; a later change of
 * mediator that makes one of them the lead drops that person; rows stored before read as none.
 */
import { describe, expect, it } from 'vitest'
import {
  CO_MEDIATOR_MSG,
  coMediatorIssues,
  coMediatorsAfter,
  mediatorsOf,
} from '../../../renderer/src/domain/cases/co-mediators'
import { caseFactsSchema } from '../../../renderer/src/domain/cases/case'
import { recordFacts, type FactRecord } from '../../../renderer/src/domain/cases/record-facts'
import { RECORD_SCHEMAS, type RecordInput, type RecordKind } from '../../../renderer/src/domain/cases/records'
import { recordIssues, type RecordContext } from '../../../renderer/src/domain/workflow/record-rules'

let t = 0
const r = <K extends RecordKind>(kind: K, data: RecordInput<K>): FactRecord => ({
  kind,
  createdAt: `2026-03-02T${String(t++).padStart(2, '0')}:00:00.000Z`,
  data,
})
const change = (toUserId: string) => r('mediator-change', { toUserId, kind: 'reassignment', reason: '改派' })

describe('co-mediators record', () => {
  const schema = RECORD_SCHEMAS['co-mediators']

  it('takes 0–4 distinct ids, the note optional', () => {
    expect(schema.parse({ userIds: [] })).toEqual({ userIds: [], note: '' })
    expect(schema.parse({ userIds: ['a', 'b', 'c', 'd'], note: ' 案情复杂 ' })).toEqual({
      userIds: ['a', 'b', 'c', 'd'],
      note: '案情复杂',
    })
    const five = schema.safeParse({ userIds: ['a', 'b', 'c', 'd', 'e'] })
    expect(five.error?.issues[0]?.message).toBe(CO_MEDIATOR_MSG.tooMany)
    const twice = schema.safeParse({ userIds: ['a', 'a'] })
    expect(twice.error?.issues[0]?.message).toBe(CO_MEDIATOR_MSG.duplicate)
    expect(schema.safeParse({ userIds: [''] }).success).toBe(false)
  })

  it('refuses the lead and anyone not an active mediator, given the case', () => {
    expect(coMediatorIssues(['b', 'c'], 'a', ['a', 'b', 'c'])).toEqual([])
    expect(coMediatorIssues(['a', 'b'], 'a', ['a', 'b'])).toEqual([
      { path: 'userIds', message: CO_MEDIATOR_MSG.isLead },
    ])
    expect(coMediatorIssues(['b', 'x'], 'a', ['a', 'b'])).toEqual([
      { path: 'userIds', message: CO_MEDIATOR_MSG.notMediator },
    ])
    const ctx: RecordContext = {
      kind: 'people',
      sector: null,
      status: 'mediating',
      events: {},
      agreementForm: null,
      confirmation: 'none',
      parties: [],
      mediatorId: 'a',
      activeMediatorIds: ['a', 'b'],
    }
    expect(recordIssues('co-mediators', { userIds: ['b'], note: '' }, ctx)).toEqual([])
    expect(recordIssues('co-mediators', { userIds: ['x'], note: '' }, ctx)).toHaveLength(1)
    // Without the users the repository loads, nobody qualifies.
    const { activeMediatorIds: _none, ...bare } = ctx
    expect(recordIssues('co-mediators', { userIds: ['b'], note: '' }, bare)).toHaveLength(1)
    expect(recordIssues('co-mediators', { userIds: [], note: '' }, bare)).toEqual([])
  })
})

describe('coMediatorIds from the records', () => {
  it('the latest list counts; an empty one removes them', () => {
    expect(recordFacts([]).coMediatorIds).toEqual([])
    const two = [r('co-mediators', { userIds: ['b', 'c'] })]
    expect(recordFacts(two).coMediatorIds).toEqual(['b', 'c'])
    const replaced = [...two, r('co-mediators', { userIds: ['d'] })]
    expect(recordFacts(replaced).coMediatorIds).toEqual(['d'])
    expect(recordFacts([...replaced, r('co-mediators', { userIds: [] })]).coMediatorIds).toEqual([])
  })

  it('a later change of mediator that makes a co-mediator the lead drops them', () => {
    const records = [r('co-mediators', { userIds: ['b', 'c'] }), change('c')]
    expect(recordFacts(records).coMediatorIds).toEqual(['b'])
    // A change to someone else leaves them; an earlier change does not drop a later choice.
    expect(recordFacts([r('co-mediators', { userIds: ['b'] }), change('z')]).coMediatorIds).toEqual(['b'])
    expect(recordFacts([change('b'), r('co-mediators', { userIds: ['b'] })]).coMediatorIds).toEqual(['b'])
    expect(
      coMediatorsAfter([
        { kind: 'co-mediators', userIds: ['b', 'c'] },
        { kind: 'mediator-change', toUserId: 'b' },
      ]),
    ).toEqual(['c'])
  })

  it('a reopening after 驳回 leaves them standing', () => {
    const records = [
      r('co-mediators', { userIds: ['b'] }),
      r('transition', { action: 'remediate', from: 'rejected', to: 'mediating', byName: 'x' }),
    ]
    expect(recordFacts(records).coMediatorIds).toEqual(['b'])
  })

  it('a case stored before them reads as none; the lead comes first, once', () => {
    expect(caseFactsSchema.parse({}).coMediatorIds).toEqual([])
    expect(mediatorsOf({ mediatorId: 'a' })).toEqual(['a'])
    expect(mediatorsOf({ mediatorId: 'a', coMediatorIds: ['b', 'c'] })).toEqual(['a', 'b', 'c'])
  })
})
