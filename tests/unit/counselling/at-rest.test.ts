/**
 * Nothing of counselling is readable at rest: every stored row (every table, all of IndexedDB as
 * fake-indexeddb holds it) is searched for unique markers. A control marker written in plain text
 * proves the search can find things.
 */
import { describe, expect, it } from 'vitest'
import { makeRegistration } from '../../builders/cases'
import {
  makeClient,
  makeClosing,
  makeConsent,
  makeException,
  makeIntake,
  makeReferral,
  makeRisk,
  makeSessionNote,
  setUpWorkspace,
  userSession,
} from '../../builders/counselling'
import type { MediationDb } from '../../../renderer/src/data/schema'

async function everything(db: MediationDb): Promise<string> {
  const parts: string[] = []
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      // bytes as Latin-1 and UTF-8 both, so a marker in either form inside a buffer would show
      parts.push(
        JSON.stringify(row, (_k, v: unknown) =>
          v instanceof Uint8Array
            ? `${Buffer.from(v).toString('latin1')}|${Buffer.from(v).toString('utf8')}`
            : v,
        ),
      )
    }
  }
  return parts.join('\n')
}

describe('counselling at rest', () => {
  it('no row holds any marker in plain text', async () => {
    const ws = await setUpWorkspace()
    const me = await userSession(ws, 'counsellor1', ['counsellor'])
    const mediator = await userSession(ws, 'mediator1', ['mediator'])
    const m = {
      name: '林晓晓晨',
      contact: '13912345678',
      presenting: 'PRESENTMARKER',
      freeText: '深夜独自哭泣',
      safety: 'SAFETYMARKER',
      disclosed: 'DISCLOSEDMARKER',
      addendum: 'ADDENDUMMARKER',
      closing: 'CLOSINGMARKER',
      watch: 'WATCHMARKER',
      referralReason: 'REFERRALMARKER',
    }
    const c = me.repos.counselling
    const client = await c.createClient(makeClient({ name: m.name, contact: m.contact }))
    await c.addRecord(client.id, 'consent', makeConsent({ signerName: m.name }))
    await c.addRecord(client.id, 'intake', makeIntake({ presentingConcern: m.presenting }), { sign: true })
    const note = await c.addRecord(client.id, 'session', makeSessionNote({ freeText: m.freeText }), {
      sign: true,
    })
    await c.addRecord(
      client.id,
      'risk',
      makeRisk({ selfHarm: 'high', overall: 'high', safetyPlan: m.safety }),
    )
    await c.addRecord(client.id, 'exception', makeException({ disclosed: m.disclosed }))
    await c.addAddendum(note.id, { reason: '更正', text: m.addendum })
    await c.setWatch(client.id, { flagged: true, followUps: [{ date: '2026-04-01' }], note: m.watch })
    await c.addRecord(client.id, 'closing', makeClosing({ summary: m.closing }), { sign: true })
    const kase = await mediator.repos.cases.register(makeRegistration())
    const link = await mediator.repos.referrals.create(
      kase.id,
      makeReferral(me.id, { reason: m.referralReason }),
    )
    await me.repos.referrals.accept(link.id)
    await ws.db.settings.put({ key: 'control', value: 'CONTROLMARKER' })

    const stored = await everything(ws.db)
    expect(stored).toContain('CONTROLMARKER')
    for (const [what, marker] of Object.entries(m)) expect(stored, what).not.toContain(marker)
  })
})
