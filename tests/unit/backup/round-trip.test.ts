/**
 * The round trip: a workspace with every kind of row — demo cases, an effective signed
 * agreement, an attachment, counselling under its counsellor's own key, several accounts, audit
 * entries — backed up, the file checked for planted markers, and restored as on a new PC: every
 * account logs in with its own password, the agreement PDF keeps its SHA-256, counselling opens for
 * its counsellor only, and the audit chain verifies.
 */
import { describe, expect, it } from 'vitest'
import { login } from '../../../renderer/src/data/auth/login'
import { memorySink, memorySource } from '../../../renderer/src/data/backup/ports'
import { restoreBackup } from '../../../renderer/src/data/backup/restore-backup'
import { tablesInOrder } from '../../../renderer/src/data/backup/write-backup'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { openDatabase, type MediationDb } from '../../../renderer/src/data/schema'
import { restoreDatabaseName } from '../../../renderer/src/data/schema/active-database'
import { generateDemoCases } from '../../../renderer/src/demo'
import { agreementWorkspace, renderAgreement, signAll } from '../../builders/agreements'
import { makeClient, makeConsent, userSession } from '../../builders/counselling'
import { ADMIN_PASSWORD, keeperOf, TEST_KDF } from '../../builders/session'

const contains = (hay: Buffer, text: string) =>
  hay.includes(Buffer.from(text, 'utf8')) || hay.includes(Buffer.from(text, 'utf16le'))

describe('a whole workspace backed up and restored on a new PC', () => {
  it('reveals no marker, and everyone logs in to the same records', async () => {
    const ws = await agreementWorkspace()
    const draft = await ws.mediator.agreements.createDraft(ws.case.id)
    await signAll(ws.mediator, draft)
    await ws.judicial.agreements.applySeal(draft.id)
    const effective = await ws.mediator.agreements.makeEffective(draft.id, renderAgreement)
    await ws.mediator.cases.addAttachment(ws.case.id, {
      name: '证据.pdf',
      data: new TextEncoder().encode('%PDF-1.7\n证据'),
    })
    const drafts = generateDemoCases({ seed: 11, count: 30, now: new Date(), startIndex: 0 })
    await ws.mediator.cases.importDrafts(drafts)
    const counsellor = await userSession(ws, 'counsellor1', ['counsellor'])
    const client = await counsellor.repos.counselling.createClient(makeClient({ name: '咨询保密人甲' }))
    await counsellor.repos.counselling.addRecord(client.id, 'consent', makeConsent())

    const sink = memorySink()
    await ws.admin.backup.create(sink, { reason: 'manual', where: 'file', appVersion: 'test' })
    const file = Buffer.from(sink.bytes())

    // Planted markers: names, ID numbers, phones, case numbers, usernames — in UTF-8 and UTF-16LE.
    const people = drafts.flatMap((d) => d.parties)
    const markers = [
      '咨询保密人甲',
      'mediator1',
      'counsellor1',
      ws.case.caseNo,
      ...ws.case.parties.map((p) => p.name),
      ...people.map((p) => p.name).filter((n) => [...n].length >= 2),
      ...people.flatMap((p) => ('idNumber' in p && p.idNumber ? [p.idNumber] : [])),
      ...people.flatMap((p) => ('phone' in p && p.phone ? [p.phone] : [])),
    ]
    expect(markers.length).toBeGreaterThan(60)
    expect(markers.filter((m) => contains(file, m))).toEqual([])
    // No run of any row's plain JSON (a window of its serialised fields) is in the file.
    for (const table of tablesInOrder(ws.db)) {
      for (const row of (await table.limit(5).toArray()) as object[]) {
        // Account ids are plain in the header's slots by design (random UUIDs, dummies beside them).
        const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
        const json = JSON.stringify(row, (_k, v: unknown) =>
          v instanceof Uint8Array || (typeof v === 'string' && uuid.test(v)) ? undefined : v,
        )
        if (json.length < 40) continue
        const middle = json.slice(Math.floor(json.length / 2) - 12, Math.floor(json.length / 2) + 12)
        expect(contains(file, middle), `${table.name}: ${middle}`).toBe(false)
      }
    }

    const name = restoreDatabaseName()
    await restoreBackup({
      source: memorySource(sink.bytes()),
      opener: { kind: 'password', username: 'mediator1', password: 'mediator password 1' },
      databaseName: name,
    })
    const restored = openDatabase(name) as MediationDb
    const keeper = keeperOf(restored)
    const as = async (username: string, password: string) =>
      createRepositories(restored, await login(restored, keeper, username, password), { kdfCost: TEST_KDF })

    const admin = await as('admin', ADMIN_PASSWORD)
    const mediator = await as('mediator1', 'mediator password 1')
    const theCounsellor = await as('counsellor1', counsellor.password)

    const page = await mediator.cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 5 })
    expect(page.total).toBe(31)
    expect((await mediator.cases.get(ws.case.id))?.parties.map((p) => p.name)).toEqual(
      ws.case.parties.map((p) => p.name),
    )
    const pdf = await mediator.agreements.effectivePdf(draft.id)
    const sha = Buffer.from(await crypto.subtle.digest('SHA-256', new Uint8Array(pdf.data))).toString('hex')
    expect(sha).toBe(effective.sha256)

    expect((await theCounsellor.counselling.listClients()).map((c) => c.name)).toEqual(['咨询保密人甲'])
    await expect(admin.counselling.listClients()).rejects.toThrow()
    await expect(mediator.counselling.listClients()).rejects.toThrow()
    expect((await admin.audit.verify()).ok).toBe(true)
  }, 180_000)
})
