/** The workspace record main keeps, so an emptied database is not mistaken for a new one. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createWorkspaceRecordStore } from '../../../main/state/workspace-record'

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ws-record-'))
  path = join(dir, 'workspace-record.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const record = {
  workspaceId: '8c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01',
  cases: 120,
  auditSeq: 4512,
  auditHash: 'ab'.repeat(32),
  updatedAt: '2026-12-03T08:00:00.000Z',
}

it('keeps the last record across restarts and forgets it only for its own workspace', async () => {
  expect(await createWorkspaceRecordStore(path).get()).toBeNull()
  await createWorkspaceRecordStore(path).put(record)
  expect(await createWorkspaceRecordStore(path).get()).toEqual(record)
  await createWorkspaceRecordStore(path).clear('1c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f02')
  expect(await createWorkspaceRecordStore(path).get()).toEqual(record)
  await createWorkspaceRecordStore(path).clear(record.workspaceId)
  expect(await createWorkspaceRecordStore(path).get()).toBeNull()
})

it('reads a damaged file as no record', async () => {
  await writeFile(path, JSON.stringify({ record: { ...record, cases: -1 } }))
  expect(await createWorkspaceRecordStore(path).get()).toBeNull()
})
