/** The audit chain's anchors in main: an append-only file that refuses to go back. */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAuditAnchors } from '../../../main/security/audit-anchors'

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anchors-'))
  path = join(dir, 'audit-anchors.jsonl')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const h = (c: string) => c.repeat(64)
const T = new Date('2026-12-03T08:00:00Z')

describe('audit anchors', () => {
  it('anchors rising sequences and refuses a lower one or another hash at the same one', async () => {
    const anchors = createAuditAnchors(path)
    expect((await anchors.checkpoint(10, h('a'), T)).status).toBe('anchored')
    expect((await anchors.checkpoint(25, h('b'), T)).status).toBe('anchored')
    expect(await anchors.checkpoint(12, h('c'), T)).toEqual({
      status: 'refused',
      reason: 'lower',
      last: { seq: 25, hash: h('b'), at: T.toISOString() },
    })
    expect((await anchors.checkpoint(25, h('d'), T)).status).toBe('refused')
    // the same head again is no new anchor
    expect((await anchors.checkpoint(25, h('b'), T)).status).toBe('anchored')
    expect((await anchors.list()).map((a) => a.seq)).toEqual([10, 25])
  })

  it('only ever appends, and reads back after a restart', async () => {
    const anchors = createAuditAnchors(path)
    await anchors.checkpoint(1, h('a'), T)
    const before = await readFile(path, 'utf8')
    await anchors.checkpoint(2, h('b'), T)
    const after = await readFile(path, 'utf8')
    expect(after.startsWith(before)).toBe(true)
    const reopened = createAuditAnchors(path)
    expect((await reopened.list()).map((a) => a.seq)).toEqual([1, 2])
    expect((await reopened.checkpoint(1, h('a'), T)).status).toBe('refused')
  })

  it('skips a torn last line and still anchors after it', async () => {
    await createAuditAnchors(path).checkpoint(3, h('a'), T)
    await appendFile(path, '{"seq":4,"hash":"ab')
    const anchors = createAuditAnchors(path)
    expect((await anchors.list()).map((a) => a.seq)).toEqual([3])
    expect((await anchors.checkpoint(5, h('c'), T)).status).toBe('anchored')
    expect((await createAuditAnchors(path).list()).map((a) => a.seq)).toEqual([3, 5])
  })

  it('takes no line that goes back, even when written by hand', async () => {
    await createAuditAnchors(path).checkpoint(9, h('a'), T)
    await appendFile(path, `${JSON.stringify({ seq: 2, hash: h('b'), at: T.toISOString() })}\n`)
    expect((await createAuditAnchors(path).list()).map((a) => a.seq)).toEqual([9])
  })
})
