import { describe, expect, it } from 'vitest'
import { touchesData } from '../../../renderer/src/data/changes'

describe('change notifications', () => {
  it('ignore writes that only touch the audit tables', () => {
    expect(touchesData({ 'idb://mediation-room/audit/': 1, 'idb://mediation-room/audit/seq': 1 })).toBe(false)
    expect(touchesData({ 'idb://mediation-room/auditPending/:dels': 1 })).toBe(false)
    expect(touchesData({ 'idb://mediation-room/audit/': 1, 'idb://mediation-room/cases/': 1 })).toBe(true)
    expect(touchesData({ 'idb://mediation-room/users/username': 1 })).toBe(true)
  })
})
