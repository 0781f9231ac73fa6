/**
 * Issue 15 item 8: an older ciphertext of a row, copied back over the current one, is noticed.
 * Each sealed body carries its revision in the additional data, and the audit chain (anchored
 * outside the database) records the revision each change wrote: the check names the row.
 */
import { describe, expect, it } from 'vitest'
import { makeRegistration } from '../../builders/cases'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'
import { takeUnrecorded } from '../../../renderer/src/data/audit/row-revisions'
import { rowsCheck } from '../../../renderer/src/data/audit/rows-check'
import type { AuditEntry } from '../../../renderer/src/domain/audit/actions'

async function registeredCase() {
  const base = await setUpWorkspace()
  takeUnrecorded() // setup writes the first account before there is a chain to record it
  // A mediator who is also the administrator: registers, edits and checks the chain.
  const repos = createRepositories(base.db, sessionAs(base.session, ['mediator', 'admin']), {
    kdfCost: TEST_KDF,
  })
  const ws = { ...base, repos }
  const kase = await ws.repos.cases.register(makeRegistration())
  const personId = kase.parties[0]?.personId ?? ''
  return { ...ws, kase, personId }
}

async function editPhone(ws: Awaited<ReturnType<typeof registeredCase>>, phone: string) {
  const before = await ws.repos.persons.get(ws.personId)
  if (!before || before.type !== 'person') throw new Error('expected a natural person')
  const { id: _id, createdAt: _c, updatedAt: _u, ...details } = before
  await ws.repos.persons.update(ws.personId, { ...details, phone })
}

describe('rolling a sealed row back', () => {
  it('a workspace used normally checks out, and its entries name the rows they wrote', async () => {
    const ws = await registeredCase()
    await editPhone(ws, '13911112222')
    expect(await ws.repos.audit.verify()).toMatchObject({ ok: true })
    const entries = await ws.db.audit.orderBy('pos').toArray()
    const named = entries.flatMap((e) => Object.keys(e.rows ?? {}))
    expect(named).toContain(`persons/${ws.personId}`)
    expect(named).toContain(`cases/${ws.kase.id}`)
    const row = await ws.db.persons.get(ws.personId)
    expect(row?.body.alg === 'A256GCM' && typeof row.body.r).toBe('number')
    expect(takeUnrecorded()).toEqual([])
  })

  it('an older ciphertext of a person put back is named, and still opens no differently', async () => {
    const ws = await registeredCase()
    const old = await ws.db.persons.get(ws.personId)
    await editPhone(ws, '13911112222')
    expect(await ws.repos.audit.verify()).toMatchObject({ ok: true })

    await ws.db.persons.put(old as NonNullable<typeof old>) // the attack: a disk copy's row, written back
    const result = await ws.repos.audit.verify()
    expect(result).toMatchObject({ ok: false, reason: 'rolled-back', rows: [`persons/${ws.personId}`] })

    // The current version put back again: whole again.
    await editPhone(ws, '13933334444')
    expect(await ws.repos.audit.verify()).toMatchObject({ ok: true })
  })

  it('an older ciphertext given the current revision number is named, and no longer opens', async () => {
    const ws = await registeredCase()
    const old = await ws.db.persons.get(ws.personId)
    await editPhone(ws, '13911112222')
    const now = await ws.db.persons.get(ws.personId)
    if (old?.body.alg !== 'A256GCM' || now?.body.alg !== 'A256GCM') throw new Error('expected sealed rows')
    await ws.db.persons.put({ ...old, body: { ...old.body, r: now.body.r } })
    // The chain recorded the IV's fingerprint beside the number: no key is needed to tell them apart …
    expect(await ws.repos.audit.verify()).toMatchObject({
      ok: false,
      reason: 'rolled-back',
      rows: [`persons/${ws.personId}`],
      total: 1,
    })
    // … and the number is in the additional data: the edited body does not open.
    await expect(ws.repos.persons.get(ws.personId)).rejects.toThrow()
  })

  it('a deleted row and a row removed outside the app are named', async () => {
    const ws = await registeredCase()
    await ws.db.cases.delete(ws.kase.id)
    expect(await ws.repos.audit.verify()).toMatchObject({
      ok: false,
      reason: 'rolled-back',
      rows: [`cases/${ws.kase.id}`],
    })
  })

  it('a deleted row put back with a body sealed before revisions existed is named; a plain row is not', async () => {
    const ws = await registeredCase()
    const row = await ws.db.persons.get(ws.personId)
    if (row?.body.alg !== 'A256GCM') throw new Error('expected a sealed row')
    const { r: _r, ...preRevision } = row.body
    await ws.db.persons.put({ ...row, body: preRevision })
    await ws.db.settings.put({ key: 'some.cursor', value: { after: 'x', done: false } })
    const deletedBoth = {
      seq: 99,
      rows: { [`persons/${ws.personId}`]: '0', 'settings/some.cursor': '0' },
    } as unknown as AuditEntry
    expect(await rowsCheck(ws.db, [deletedBoth])).toEqual({
      brokenAt: 99,
      rows: [`persons/${ws.personId}`],
      total: 1,
    })
  })
})
