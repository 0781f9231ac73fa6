/** Each kind of mediation run from registration to archive through the repository. */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import type { Action } from '../../../renderer/src/domain/workflow/workflows'
import { makeRegistration } from '../../builders/cases'
import * as rec from '../../builders/records'
import { sessionAs, setUpWorkspace } from '../../builders/session'

async function mediator() {
  const ws = await setUpWorkspace()
  const repos = createRepositories(ws.db, sessionAs(ws.session, ['mediator']), {
    now: () => new Date('2026-03-02T01:00:00Z'),
  })
  return { ...ws, cases: repos.cases }
}

describe('case lifecycle', () => {
  it('人民调解: register → 受理 → 告知 → 笔录 → 协议 → 履行 → 回访 → 结案 → 归档', async () => {
    const { cases, db } = await mediator()
    const c = await cases.register(makeRegistration())
    expect(c.dueDate).toBe('')
    const step = (a: Action, reason = '') => cases.transition(c.id, a, reason)
    await step('accept')
    expect((await cases.get(c.id))?.dueDate).toBe('2026-04-02')
    await expect(step('notify')).rejects.toBeInstanceOf(ValidationError)
    await cases.addRecord(c.id, 'notice', rec.notice(c))
    await step('notify')
    await step('mediate')
    await cases.addRecord(c.id, 'session', rec.session(c))
    await cases.addRecord(c.id, 'agreement', rec.agreement(c))
    await step('agree')
    await step('perform')
    await cases.addRecord(c.id, 'performance', {
      termId: 'term-1',
      at: '2026-03-18',
      amountFen: 1_200_000,
      note: '',
      receiptNo: 'R-1',
    })
    await cases.addRecord(c.id, 'visit', rec.visit())
    await step('visit')
    await step('close')
    await step('archive')
    const done = await cases.get(c.id)
    expect(done).toMatchObject({
      status: 'archived',
      outcome: 'agreed',
      events: { accepted: '2026-03-02' },
    })
    // Changed rule: the agreement takes effect when the signing flow records its last signature and
    // seal, not on the date typed into the agreement record (this test once expected that date).
    expect(done?.events['agreement-effective']).toBeUndefined()
    const kinds = (await cases.records(c.id)).map((r) => r.kind)
    expect(kinds.filter((k) => k === 'transition')).toHaveLength(8)
    const transitions = (await cases.records(c.id)).filter((r) => r.kind === 'transition') as {
      data: { action: string }
    }[]
    expect(transitions.find((r) => r.data.action === 'accept')?.data).toMatchObject({
      from: 'registered',
      to: 'accepted',
      byName: 'user-mediator',
    })
    expect(await db.records.count()).toBe(kinds.length)
  })

  it('a termination records its reason and routes, and ends the deadline', async () => {
    const { cases } = await mediator()
    const c = await cases.register(makeRegistration())
    await cases.transition(c.id, 'accept')
    await expect(cases.transition(c.id, 'terminate')).rejects.toBeInstanceOf(ValidationError)
    await cases.addRecord(c.id, 'termination', rec.termination())
    await cases.transition(c.id, 'terminate')
    expect(await cases.get(c.id)).toMatchObject({ status: 'terminated', outcome: 'terminated', dueDate: '' })
  })

  it('declining needs a reason; bad records are refused and nothing changes', async () => {
    const { cases, db } = await mediator()
    const c = await cases.register(makeRegistration())
    await expect(cases.transition(c.id, 'reject', ' ')).rejects.toMatchObject({
      issues: [{ path: 'reason' }],
    })
    const before = await db.records.count()
    await expect(cases.addRecord(c.id, 'agreement', rec.agreement(c, -5))).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(
      cases.addRecord(c.id, 'notice', { ...rec.notice(c), at: '2026-02-30T10:00' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(cases.addRecord(c.id, 'transition', { action: 'close' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect(await db.records.count()).toBe(before)
    await cases.transition(c.id, 'reject', '不属于调解范围')
    expect(await cases.get(c.id)).toMatchObject({ status: 'rejected', outcome: 'rejected' })
  })

  it('行政调解 (consumer): a sector is required and its acceptance deadline counts working days', async () => {
    const { cases } = await mediator()
    await expect(cases.register(makeRegistration({ kind: 'administrative' }))).rejects.toMatchObject({
      issues: [{ path: 'sector' }],
    })
    const c = await cases.register(makeRegistration({ kind: 'administrative', sector: 'consumer' }))
    expect(c.sector).toBe('consumer')
    expect(c.dueDate).not.toBe('')
  })

  it('委托调解: needs the court letter, and reports back to the court before closing', async () => {
    const { cases } = await mediator()
    await expect(cases.register(makeRegistration({ kind: 'court-entrusted' }))).rejects.toMatchObject({
      issues: [{ path: 'courtReferral' }],
    })
    await expect(
      cases.register(makeRegistration({ kind: 'court-entrusted', courtReferral: rec.courtReferral() })),
    ).rejects.toMatchObject({ issues: [{ path: 'courtReferral.procedure' }] })
    const c = await cases.register(
      makeRegistration({
        kind: 'court-entrusted',
        courtReferral: rec.courtReferral({ procedure: 'ordinary', deadline: '' }),
      }),
    )
    expect(c.events['court-referred']).toBe('2026-03-01')
    // 普通程序: 15 days from the referral when the letter sets no date of its own.
    expect(c.dueDate).toBe('2026-03-16')
    await cases.transition(c.id, 'accept')
    await cases.addRecord(c.id, 'notice', rec.notice(c))
    await cases.transition(c.id, 'notify')
    await cases.transition(c.id, 'mediate')
    await cases.addRecord(c.id, 'session', rec.session(c))
    await cases.addRecord(c.id, 'agreement', rec.agreement(c))
    await cases.transition(c.id, 'agree')
    await cases.addRecord(c.id, 'court-report', rec.courtReport())
    await cases.transition(c.id, 'report-court')
    await cases.transition(c.id, 'archive')
    expect(await cases.get(c.id)).toMatchObject({ status: 'archived', outcome: 'agreed' })
  })

  // Changed rule: the deadline in the court's letter drives the limit (this test once expected the
  // 15-day default although the letter said 03-31).
  it('委托调解: the court letter’s own deadline wins over the default', async () => {
    const { cases } = await mediator()
    const c = await cases.register(
      makeRegistration({
        kind: 'court-entrusted',
        courtReferral: rec.courtReferral({ procedure: 'simplified', deadline: '2026-03-31' }),
      }),
    )
    expect(c.dueDate).toBe('2026-03-31')
  })

  it('risk, mediator change and extensions move the plain fields used by lists', async () => {
    const { cases } = await mediator()
    const c = await cases.register(makeRegistration())
    await cases.transition(c.id, 'accept')
    await cases.addRecord(c.id, 'risk', { level: 'red', reason: '一方扬言报复' })
    // Changed rule: an extension needs every party's consent recorded (人民调解: 经双方当事人同意).
    await expect(
      cases.addRecord(c.id, 'extension', { days: 15, reason: '双方同意延长' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await cases.addRecord(c.id, 'extension', {
      days: 15,
      reason: '双方同意延长',
      consentedBy: c.parties.filter((p) => p.role !== 'third-party').map((p) => p.id),
      consentAt: '2026-03-20',
    })
    await cases.addRecord(c.id, 'mediator-change', {
      toUserId: 'other-mediator',
      kind: 'recusal',
      reason: '与当事人有亲属关系',
    })
    expect(await cases.get(c.id)).toMatchObject({
      riskLevel: 'red',
      mediatorId: 'other-mediator',
      extensionDays: 15,
      dueDate: '2026-04-17',
    })
    const red = await cases.list({
      riskLevel: 'red',
      sortBy: 'createdAt',
      direction: 'desc',
      page: 0,
      pageSize: 10,
    })
    expect(red.items.map((i) => i.id)).toEqual([c.id])
  })
})

describe('evidence attachments', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

  it('stores images and PDFs sealed, and refuses other types, empty and oversized files', async () => {
    const { cases, db } = await mediator()
    const c = await cases.register(makeRegistration())
    const a = await cases.addAttachment(c.id, { name: '现场照片.png', data: PNG })
    expect(a).toMatchObject({
      type: 'image/png',
      size: PNG.length,
      name: '现场照片.png',
      category: 'evidence',
    })
    // Its kind decides its place in the archive volume; sealed with the file.
    const id = await cases.addAttachment(c.id, { name: '身份证.png', data: PNG, category: 'identity' })
    expect((await cases.openAttachment(id.id)).category).toBe('identity')
    const row = await db.attachments.get(a.id)
    expect(JSON.stringify(row)).not.toContain('现场照片')
    expect((await cases.openAttachment(a.id)).data).toEqual(PNG)
    await expect(
      cases.addAttachment(c.id, { name: 'x.exe', data: new Uint8Array([0x4d, 0x5a, 0, 0]) }),
    ).rejects.toMatchObject({
      issues: [{ message: 'validation.attachmentType' }],
    })
    await expect(cases.addAttachment(c.id, { name: 'e.pdf', data: new Uint8Array() })).rejects.toBeInstanceOf(
      ValidationError,
    )
    const big = new Uint8Array(20 * 1024 * 1024 + 1)
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d])
    await expect(cases.addAttachment(c.id, { name: 'big.pdf', data: big })).rejects.toMatchObject({
      issues: [{ message: 'validation.attachmentTooLarge' }],
    })
    // Both were added within the same millisecond here, so their order (by time) is not the point.
    const listed = (await cases.attachments(c.id)).map((x) => [x.name, x.category])
    expect(listed.sort()).toEqual([
      ['现场照片.png', 'evidence'],
      ['身份证.png', 'identity'],
    ])
  })
})
