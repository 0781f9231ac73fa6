/**
 * The role/permission matrix of the export and district repositories, written out by hand: each
 * role may do the operation (it resolves, or fails for a reason other than permission) or gets a
 * PermissionError before anything is read or written.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories'
import { signingPort } from '../../../renderer/src/output/signing'
import { PermissionError, ROLES, type Role } from '../../../renderer/src/domain/auth/roles'
import { sessionAs, TEST_KDF } from '../../builders/session'
import { exportFrom, roomWorkspace, YEAR_2026, type Workspace } from '../../builders/export'

type Ctx = { bundle: Uint8Array; pem: string; manifest: Uint8Array; exportId: string }
type Op = (r: Repositories, c: Ctx) => Promise<unknown>

const OPERATIONS: Record<string, Op> = {
  'exports.role': (r) => r.exports.role(),
  'exports.setRole': (r) => r.exports.setRole('room'),
  'exports.history': (r) => r.exports.history(),
  'exports.plan': (r) => r.exports.plan({ incremental: true }),
  'exports.deidentify': (r) =>
    r.exports.deidentify([], { identified: false, legalBasis: '', includeFreeText: false }),
  'exports.statisticsExtras': (r) => r.exports.statisticsExtras(),
  'exports.certificate': (r) => r.exports.certificate(),
  'exports.exportCertificate': (r) => r.exports.exportCertificate(),
  'exports.signManifest': (r, c) => r.exports.signManifest(c.manifest),
  'exports.record': (r) =>
    r.exports.record({
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      until: new Date().toISOString(),
      bundleId: crypto.randomUUID(),
      fileName: 'x.zip',
      manifestHash: '0'.repeat(64),
      sha256: '0'.repeat(64),
      period: { key: '2026', from: '2026-01-01', to: '2026-12-31' },
      since: null,
      identified: false,
      legalBasis: null,
      includesFreeText: false,
      cases: 0,
      parties: 0,
      size: 0,
    }),
  'exports.attachReceipt': (r, c) =>
    r.exports.attachReceipt(c.exportId, { at: new Date().toISOString(), reference: 'R-1' }),
  'district.rooms': (r) => r.district.rooms(),
  'district.registerRoom': (r, c) =>
    r.district.registerRoom({ name: '某调委会', certificatePem: c.pem }).catch(notPermission),
  'district.removeRoom': (r) => r.district.removeRoom('no-such-room'),
  'district.importBundle': (r, c) => r.district.importBundle(c.bundle, 'x.zip').catch(notPermission),
  'district.imports': (r) => r.district.imports(),
  'district.statistics': (r) => r.district.statistics(YEAR_2026),
  'district.statisticsByRoom': (r) => r.district.statisticsByRoom(YEAR_2026),
  'district.cases': (r) => r.district.cases('no-such-room'),
}

/** Refusals for other reasons (a room already registered, a workspace that is no district) are not the point here. */
function notPermission(e: unknown): unknown {
  if (e instanceof PermissionError) throw e
  return 'refused for another reason'
}

const ADMIN: Role[] = ['admin']
const STATS: Role[] = ['admin', 'mediator', 'judicial']
const ALLOWED: Record<string, Role[]> = {
  'exports.role': [...ROLES],
  'district.statistics': STATS,
  'district.statisticsByRoom': STATS,
  'district.cases': STATS,
}

let room: Workspace
let ctx: Ctx

beforeAll(async () => {
  room = await roomWorkspace({ cases: 2 })
  const built = await exportFrom(room)
  const [history] = await room.repos.exports.history()
  const { unzipSync } = await import('fflate')
  ctx = {
    bundle: built.bytes,
    pem: await room.repos.exports.certificate(),
    manifest: unzipSync(built.bytes)['manifest.json'] as Uint8Array,
    exportId: history?.id ?? '',
  }
})

describe('export and district permissions', () => {
  it('covers every operation of both repositories', () => {
    const all = (['exports', 'district'] as const).flatMap((area) =>
      Object.keys(room.repos[area]).map((m) => `${area}.${m}`),
    )
    expect(all.sort()).toEqual(Object.keys(OPERATIONS).sort())
  })

  for (const [op, run] of Object.entries(OPERATIONS)) {
    for (const role of ROLES) {
      const allowed = (ALLOWED[op] ?? ADMIN).includes(role)
      it(`${role} ${allowed ? 'may' : 'may not'} ${op}`, async () => {
        const repos = createRepositories(room.db, sessionAs(room.session, [role], `actor-${role}`), {
          kdfCost: TEST_KDF,
          signing: signingPort,
        })
        const result = run(repos, ctx)
        if (allowed) await expect(result).resolves.not.toThrow()
        else await expect(result).rejects.toBeInstanceOf(PermissionError)
      })
    }
  }
})
