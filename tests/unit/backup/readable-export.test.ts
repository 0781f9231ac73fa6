/**
 * Export for the user (issue 11 item 7): an administrator, proven again by their password or the
 * recovery key, gets the mediation workspace as a documented zip — a case.json per case with its
 * records, the effective agreement's PDF with the SHA-256 the app stored, attachments as uploaded,
 * and a manifest naming every file with its size and hash. Audited. A wrong password or recovery
 * key writes nothing; counselling is never in it; a counsellor exports only their own files.
 */
import { unzipSync, strFromU8 } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { memorySink } from '../../../renderer/src/data/backup/ports'
import { AuthError } from '../../../renderer/src/data/auth/session'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { READABLE_FORMAT } from '../../../renderer/src/data/readable/workspace-export'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import { agreementWorkspace, renderAgreement, signAll } from '../../builders/agreements'
import { makeClient, makeConsent, userSession } from '../../builders/counselling'
import { ADMIN_PASSWORD, TEST_KDF } from '../../builders/session'

type Ws = Awaited<ReturnType<typeof agreementWorkspace>>
const sha256 = async (b: Uint8Array) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', b.slice())).toString('hex')
const text = (files: Record<string, Uint8Array>, path: string) => strFromU8(files[path] as Uint8Array)
const everyText = (files: Record<string, Uint8Array>) =>
  Object.values(files)
    .map((b) => Buffer.from(b).toString('latin1') + strFromU8(b, true))
    .join('\n')

describe('the readable export', () => {
  let ws: Ws
  let files: Record<string, Uint8Array>
  let effectiveSha: string
  let counsellor: Awaited<ReturnType<typeof userSession>>
  const attachment = new TextEncoder().encode('%PDF-1.7\n证据材料')

  beforeAll(async () => {
    ws = await agreementWorkspace()
    const draft = await ws.mediator.agreements.createDraft(ws.case.id)
    await signAll(ws.mediator, draft)
    await ws.judicial.agreements.applySeal(draft.id)
    effectiveSha = (await ws.mediator.agreements.makeEffective(draft.id, renderAgreement)).sha256
    await ws.mediator.cases.addAttachment(ws.case.id, { name: '现场照片说明.pdf', data: attachment })
    counsellor = await userSession(ws, 'counsellor1', ['counsellor'])
    const client = await counsellor.repos.counselling.createClient(makeClient({ name: '咨询保密人' }))
    await counsellor.repos.counselling.addRecord(client.id, 'consent', makeConsent())

    const sink = memorySink('export.zip')
    const result = await ws.admin.backup.exportReadable(sink, {
      proof: { password: ADMIN_PASSWORD },
      appVersion: 'test',
    })
    expect(result.cases).toBe(1)
    files = unzipSync(sink.bytes())
  }, 120_000)

  it('holds a case.json per case, the agreement PDF with its stored SHA-256 and the attachment', async () => {
    const manifest = JSON.parse(text(files, 'manifest.json'))
    expect(manifest).toMatchObject({ format: READABLE_FORMAT, version: 1, appVersion: 'test' })
    expect(manifest.cases).toEqual([expect.objectContaining({ id: ws.case.id, caseNo: ws.case.caseNo })])
    const folder = manifest.cases[0].folder as string
    const caseJson = JSON.parse(text(files, `${folder}/case.json`))
    expect(caseJson.case.caseNo).toBe(ws.case.caseNo)
    expect(caseJson.case.parties.map((p: { name: string }) => p.name)).toEqual(
      ws.case.parties.map((p) => p.name),
    )
    expect(caseJson.records.map((r: { kind: string }) => r.kind)).toContain('agreement')
    const effective = caseJson.documents.find((d: { status: string }) => d.status === 'effective')
    expect(effective.sha256).toBe(effectiveSha)
    expect(await sha256(files[`${folder}/${effective.pdf}`] as Uint8Array)).toBe(effectiveSha)
    const att = caseJson.attachments[0]
    expect(att.name).toBe('现场照片说明.pdf')
    expect(files[`${folder}/${att.file}`]).toEqual(attachment)
  })

  it('names every other file in the manifest with its size and SHA-256', async () => {
    const manifest = JSON.parse(text(files, 'manifest.json'))
    const listed = manifest.files as { path: string; size: number; sha256: string }[]
    expect(listed.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== 'manifest.json')
        .sort(),
    )
    for (const f of listed) {
      expect(f.size).toBe(files[f.path]?.length)
      expect(f.sha256).toBe(await sha256(files[f.path] as Uint8Array))
    }
  })

  it('leaves counselling out entirely', () => {
    expect(Object.keys(files).some((p) => p.startsWith('clients/'))).toBe(false)
    expect(everyText(files)).not.toContain('咨询保密人')
  })

  it('is audited with how the administrator proved it, counts only', async () => {
    const entries = (await ws.admin.audit.list({ action: 'backup.export', page: 0, pageSize: 10 })).items
    expect(entries).toHaveLength(1)
    expect(entries[0]?.details).toMatchObject({ via: 'password', cases: 1 })
    expect(JSON.stringify(entries[0])).not.toContain(ws.case.parties[0]?.name ?? '??')
  })

  it('opens with the recovery key too', async () => {
    const sink = memorySink()
    await ws.admin.backup.exportReadable(sink, { proof: { recoveryKey: ws.recoveryKey }, appVersion: 't' })
    expect(Object.keys(unzipSync(sink.bytes()))).toContain('manifest.json')
  })

  it('refuses a wrong password, a wrong recovery key and anyone but an administrator, writing nothing', async () => {
    const before = (await ws.admin.audit.list({ action: 'backup.export', page: 0, pageSize: 10 })).total
    for (const proof of [
      { password: 'not the password' },
      { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' },
    ]) {
      const sink = memorySink()
      const error = await ws.admin.backup
        .exportReadable(sink, { proof, appVersion: 't' })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AuthError)
      expect(() => sink.bytes()).toThrow(/not committed/)
    }
    const sink = memorySink()
    await expect(
      ws.mediator.backup.exportReadable(sink, {
        proof: { password: 'mediator password 1' },
        appVersion: 't',
      }),
    ).rejects.toBeInstanceOf(PermissionError)
    expect(() => sink.bytes()).toThrow(/not committed/)
    expect((await ws.admin.audit.list({ action: 'backup.export', page: 0, pageSize: 10 })).total).toBe(before)
  })

  it('a counsellor exports their own files only, with their own password; nobody else can', async () => {
    const sink = memorySink()
    const result = await counsellor.repos.counselling.exportOwn(sink, {
      password: counsellor.password,
      appVersion: 't',
    })
    expect(result.cases).toBe(1)
    const own = unzipSync(sink.bytes())
    const manifest = JSON.parse(text(own, 'manifest.json'))
    const client = JSON.parse(text(own, `${manifest.clients[0].folder}/client.json`))
    expect(client.client.name).toBe('咨询保密人')
    expect(client.records).toHaveLength(1)

    const other = await userSession(ws, 'counsellor2', ['counsellor'])
    const theirs = memorySink()
    await other.repos.counselling.exportOwn(theirs, { password: other.password, appVersion: 't' })
    expect(JSON.parse(text(unzipSync(theirs.bytes()), 'manifest.json')).clients).toEqual([])

    const wrong = memorySink()
    await expect(
      counsellor.repos.counselling.exportOwn(wrong, { password: 'not it', appVersion: 't' }),
    ).rejects.toBeInstanceOf(AuthError)
    await expect(
      ws.admin.counselling.exportOwn(memorySink(), { password: ADMIN_PASSWORD, appVersion: 't' }),
    ).rejects.toThrow()
    const admin = createRepositories(ws.db, ws.session, { kdfCost: TEST_KDF })
    const audited = (await admin.audit.list({ action: 'counselling.export', page: 0, pageSize: 10 })).items
    expect(audited.map((e) => e.actorId).sort()).toEqual([counsellor.id, other.id].sort())
  })
})
