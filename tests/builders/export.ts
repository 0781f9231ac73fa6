/**
 * Test builders for export bundles: a room workspace with demo cases and a self-issued organisation
 * certificate, a district workspace, and running an export the way the export page does.
 */
import { createRepositories, type Repositories } from '../../renderer/src/data/repositories'
import type { Session } from '../../renderer/src/data/auth/session'
import type { MediationDb } from '../../renderer/src/data/schema'
import {
  buildExport,
  commitExport,
  type BuiltExport,
  type ExportRunOptions,
} from '../../renderer/src/output/bundles/build-export'
import { signingPort } from '../../renderer/src/output/signing'
import type { ExportRequestInput } from '../../renderer/src/domain/export/export-request'
import { generateDemoCases } from '../../renderer/src/demo'
import type { Period } from '../../renderer/src/domain/statistics'
import { sessionAs, setUpWorkspace, TEST_KDF } from './session'

export const APP_VERSION = '0.0.0-test'
/** The demo generator's clock: every generated case lies in the two years before it. */
export const DEMO_NOW = new Date('2026-11-20T08:00:00Z')
export const YEAR_2026: Period = { kind: 'year', year: 2026 }

export interface Workspace {
  db: MediationDb
  session: Session
  repos: Repositories
  /** The same workspace as a mediator (records, transitions). */
  mediator: Repositories
}

function reposFor(db: MediationDb, session: Session): Repositories {
  return createRepositories(db, session, { kdfCost: TEST_KDF, signing: signingPort })
}

/** A room with an organisation certificate and `cases` demo cases (deterministic per seed). */
export async function roomWorkspace(options: { cases?: number; seed?: number } = {}): Promise<Workspace> {
  const ws = await setUpWorkspace()
  const repos = reposFor(ws.db, ws.session)
  await repos.signing.createSelfIssued()
  const mediator = reposFor(ws.db, sessionAs(ws.session, ['mediator']))
  if (options.cases) {
    await repos.cases.importDrafts(
      generateDemoCases({ seed: options.seed ?? 7, count: options.cases, now: DEMO_NOW }),
    )
  }
  return { db: ws.db, session: ws.session, repos, mediator }
}

export async function districtWorkspace(): Promise<Workspace> {
  const ws = await setUpWorkspace()
  const repos = reposFor(ws.db, ws.session)
  await repos.exports.setRole('district')
  return {
    db: ws.db,
    session: ws.session,
    repos,
    mediator: reposFor(ws.db, sessionAs(ws.session, ['mediator'])),
  }
}

/** Builds an export and files it in the history, as the export page does after saving. */
export async function exportFrom(
  room: Workspace,
  request: Partial<ExportRequestInput> = {},
  options: Partial<ExportRunOptions> = {},
): Promise<BuiltExport> {
  const built = await buildExport({ period: YEAR_2026, ...request }, room.repos, {
    appVersion: APP_VERSION,
    ...options,
  })
  await commitExport(built, room.repos.exports)
  return built
}

/** Registers the room's certificate at the district. */
export async function registerRoom(district: Workspace, room: Workspace, name = '甘井子区某街道调委会') {
  return district.repos.district.registerRoom({
    name,
    certificatePem: await room.repos.exports.certificate(),
  })
}

/** Row counts of the district's tables (what an import may change). */
export async function districtCounts(db: MediationDb) {
  return { cases: await db.districtCases.count(), imports: await db.imports.count() }
}
