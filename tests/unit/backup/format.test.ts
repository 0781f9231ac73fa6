/**
 * The backup file: written from a real encrypted workspace (fake-indexeddb), verified chunk by
 * chunk, opened by the session, a password or the recovery key — and refused, with the exact
 * problem, after any single-byte change, a truncation, a chunk swapped or dropped, or a wrong key.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { memorySink, memorySource } from '../../../renderer/src/data/backup/ports'
import { accountsOf, recoveryMaterialOf } from '../../../renderer/src/data/backup/sources'
import { verifyBackup } from '../../../renderer/src/data/backup/verify-backup'
import { writeBackup } from '../../../renderer/src/data/backup/write-backup'
import { CHUNK_CIPHER_BYTES, MAGIC, readU32 } from '../../../renderer/src/data/backup/format'
import { makeRegistration } from '../../builders/cases'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { ADMIN_PASSWORD, sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'

const SCHEMA = 99

/** A PDF-looking file of `size` bytes that does not compress (so it takes real chunks). */
function pdfOf(size: number, seed: number): Uint8Array {
  const data = new Uint8Array(size)
  let x = seed * 2654435761 + 1
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    data[i] = x >>> 24
  }
  data.set(new TextEncoder().encode('%PDF-1.7\n'), 0)
  return data
}
let bytes: Uint8Array
let ws: Awaited<ReturnType<typeof setUpWorkspace>>

async function makeBackup(fill: (w: typeof ws) => Promise<void>) {
  const w = await setUpWorkspace()
  await fill(w)
  const sink = memorySink()
  await writeBackup({
    db: w.db,
    keyring: w.session.keyring,
    recovery: await recoveryMaterialOf(w.db),
    accounts: await accountsOf(w.db),
    appVersion: 'test',
    sink,
  })
  return { w, bytes: sink.bytes() }
}

beforeAll(async () => {
  // Enough bytes for several chunks (evidence files), so swaps and drops have something to move.
  const made = await makeBackup(async (w) => {
    const mediator = createRepositories(w.db, sessionAs(w.session, ['mediator']), { kdfCost: TEST_KDF })
    for (let i = 0; i < 12; i++) {
      const c = await mediator.cases.register(makeRegistration({ facts: `楼上装修噪音纠纷，第 ${i} 件。` }))
      if (i < 4) await mediator.cases.addAttachment(c.id, { name: `证据${i}.pdf`, data: pdfOf(1_200_000, i) })
    }
  })
  ws = made.w
  bytes = made.bytes
}, 120_000)

const session = () => ({ kind: 'session' as const, keyring: ws.session.keyring })
const verify = (b: Uint8Array, opener: Parameters<typeof verifyBackup>[1] = session()) =>
  verifyBackup(memorySource(b), opener, SCHEMA)

function dataStart(b: Uint8Array) {
  return MAGIC.length + 4 + readU32(b, MAGIC.length)
}
const FRAME = 4 + CHUNK_CIPHER_BYTES

describe('a backup', () => {
  it('verifies whole with the session, an account password and the recovery key', async () => {
    const result = await verify(bytes)
    expect(result).toMatchObject({ ok: true, schemaVersion: ws.db.verno })
    if (!result.ok) return
    expect(result.chunks).toBeGreaterThan(3)
    expect(result.tables.cases).toBe(12)
    expect(result.tables.users).toBe(1)
    expect(result.tables.audit).toBeGreaterThan(12)
    expect(
      await verify(bytes, { kind: 'password', username: 'admin', password: ADMIN_PASSWORD }),
    ).toMatchObject({
      ok: true,
    })
    expect(await verify(bytes, { kind: 'recovery', recoveryKey: ws.recoveryKey })).toMatchObject({ ok: true })
  })

  it('opens for nobody else: a wrong password, an unknown name, a wrong recovery key, another workspace', async () => {
    const wrong = { ok: false, problem: { code: 'wrong-key' } }
    expect(
      await verify(bytes, { kind: 'password', username: 'admin', password: 'not the password' }),
    ).toEqual(wrong)
    expect(await verify(bytes, { kind: 'password', username: 'nobody', password: ADMIN_PASSWORD })).toEqual(
      wrong,
    )
    const other = await setUpWorkspace()
    expect(await verify(bytes, { kind: 'recovery', recoveryKey: other.recoveryKey })).toEqual(wrong)
    expect(await verify(bytes, { kind: 'session', keyring: other.session.keyring })).toEqual(wrong)
  })

  it('says what is not a backup and what a newer version made', async () => {
    expect(await verify(new TextEncoder().encode('PK\u0003\u0004 a zip, not a backup'))).toEqual({
      ok: false,
      problem: { code: 'not-a-backup' },
    })
    const newer = bytes.slice()
    newer[6] = 2
    expect(await verify(newer)).toEqual({ ok: false, problem: { code: 'newer-format', formatVersion: 2 } })
    expect(await verifyBackup(memorySource(bytes), session(), ws.db.verno - 1)).toEqual({
      ok: false,
      problem: { code: 'newer-schema', schemaVersion: ws.db.verno },
    })
  })

  it('names the chunk where it was cut, swapped, dropped or altered', async () => {
    const start = dataStart(bytes)
    // cut in the middle of chunk 3
    expect(await verify(bytes.slice(0, start + 2 * FRAME + 1000))).toEqual({
      ok: false,
      problem: { code: 'truncated', chunk: 3 },
    })
    // chunks 2 and 3 swapped
    const swapped = bytes.slice()
    swapped.set(bytes.subarray(start + 2 * FRAME, start + 3 * FRAME), start + FRAME)
    swapped.set(bytes.subarray(start + FRAME, start + 2 * FRAME), start + 2 * FRAME)
    expect(await verify(swapped)).toEqual({ ok: false, problem: { code: 'altered', chunk: 2 } })
    // chunk 2 dropped
    const dropped = new Uint8Array(bytes.length - FRAME)
    dropped.set(bytes.subarray(0, start + FRAME), 0)
    dropped.set(bytes.subarray(start + 2 * FRAME), start + FRAME)
    expect(await verify(dropped)).toEqual({ ok: false, problem: { code: 'altered', chunk: 2 } })
    // the last chunk dropped, the trailer kept
    const noLast = new Uint8Array(bytes.length - FRAME)
    const chunks = (bytes.length - start - 40) / FRAME
    noLast.set(bytes.subarray(0, start + (chunks - 1) * FRAME), 0)
    noLast.set(bytes.subarray(bytes.length - 40), start + (chunks - 1) * FRAME)
    expect((await verify(noLast)).ok).toBe(false)
  })

  it('refuses every single-byte change, and truncation anywhere (property-based, 1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            kind: fc.constant('flip' as const),
            at: fc.nat({ max: bytes.length - 1 }),
            bit: fc.integer({ min: 0, max: 7 }),
          }),
          fc.record({
            kind: fc.constant('cut' as const),
            at: fc.nat({ max: bytes.length - 1 }),
            bit: fc.constant(0),
          }),
        ),
        async ({ kind, at, bit }) => {
          const changed = kind === 'flip' ? bytes.slice() : bytes.slice(0, at)
          if (kind === 'flip') changed[at] = (changed[at] as number) ^ (1 << bit)
          const result = await verify(changed)
          expect(result.ok).toBe(false)
        },
      ),
      { numRuns: 1000 },
    )
  }, 600_000)
})
