/**
 * Steps in one action: which workflow step a saved record completes (offered beside 保存记录), and
 * what a 调解记录 that reached agreement opens next — on the real workflows.
 */
import { describe, expect, it } from 'vitest'
import {
  formAfter,
  stepCompletedBy,
} from '../../../renderer/src/features/cases/CaseDetailPage/follow-up-step'
import { availableTransitions } from '../../../renderer/src/domain/workflow/workflows'

const people = (status: Parameters<typeof availableTransitions>[0]['status'], records = {}) =>
  availableTransitions({ kind: 'people', status, records })

describe('the step a record completes', () => {
  it('告知 after its notice, 开始调解 with a session, 达成协议 with the agreement once the session is there', () => {
    expect(stepCompletedBy('notice', people('accepted'))?.action).toBe('notify')
    expect(stepCompletedBy('session', people('notified'))?.action).toBe('mediate')
    expect(stepCompletedBy('agreement', people('mediating', { session: 1 }))?.action).toBe('agree')
  })

  it('nothing when other records are still missing, or the step needs a reason', () => {
    // 达成协议 needs the session too: saving the agreement alone does not complete it
    expect(stepCompletedBy('agreement', people('mediating'))).toBeNull()
    expect(stepCompletedBy('investigation', people('accepted'))).toBeNull()
    // a step that asks for a reason keeps its own dialog
    const withReason = people('accepted').map((tr) => ({ ...tr, reason: true }))
    expect(stepCompletedBy('notice', withReason)).toBeNull()
  })

  it('a session that reached agreement leads to the agreement form, unless one is kept', () => {
    expect(formAfter('session', { outcome: 'agreed' }, false)).toBe('agreement')
    expect(formAfter('session', { outcome: 'agreed' }, true)).toBeNull()
    expect(formAfter('session', { outcome: 'adjourned' }, false)).toBeNull()
    expect(formAfter('notice', { outcome: 'agreed' }, false)).toBeNull()
  })
})
