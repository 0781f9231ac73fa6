/**
 * The district office's side: the registry of rooms (by certificate fingerprint), importing their
 * bundles (verified in full, then merged in one transaction without duplicates), and statistics
 * across rooms with drill-down by room. Registering rooms and importing need `settings:manage`;
 * reading statistics needs `statistics:read`. Only a workspace set up as a district imports.
 */
import { EXPORT_MSG } from '../../../domain/export/export-request'
import { ValidationError } from '../../../domain/shared/errors'
import type { BundleCase } from '../../../domain/export/bundle-schema'
import type { GroupBy, Period, StatTable } from '../../../domain/statistics'
import { exportContext, type ExportDeps } from '../export/context'
import { readWorkspaceRole } from '../export/workspace-role'
import type { RoomStatistics } from './district-stats'
import type { ImportOptions, ImportResult, ImportSummary } from './imports'
import type { Room, RoomInput } from './rooms'

export type { Room, RoomInput } from './rooms'
export type { ImportResult, ImportSummary, ImportWarning, ImportProgress } from './imports'
export type { RoomStatistics } from './district-stats'

/** The district office's side: rooms, imports of their bundles, statistics across rooms. */
export interface DistrictRepository {
  rooms(): Promise<Room[]>
  registerRoom(input: RoomInput): Promise<Room>
  removeRoom(id: string): Promise<void>
  /** Verifies a bundle in full, then merges it in one transaction (only in a district workspace). */
  importBundle(bytes: Uint8Array, fileName: string, options?: ImportOptions): Promise<ImportResult>
  imports(roomId?: string): Promise<ImportSummary[]>
  statistics(period: Period, roomId?: string | null, groupBy?: GroupBy | null): Promise<StatTable>
  statisticsByRoom(period: Period): Promise<RoomStatistics[]>
  /** A room's de-identified cases, latest registered first (at most `limit`). */
  cases(roomId: string, limit?: number): Promise<{ total: number; items: BundleCase[] }>
}

export function createDistrictRepository(deps: ExportDeps): DistrictRepository {
  const ctx = exportContext(deps)
  const { db, need } = ctx
  // Loaded on first use (import()): certificates (node-forge), bundle reading and the merge are
  // not needed by a room, nor by any district before it opens this page (issue 17: cold start).
  let loaded: Promise<Parts> | null = null
  const parts = () => (loaded ??= loadParts(ctx))
  const district = async () => {
    if ((await readWorkspaceRole(db)) !== 'district') {
      throw new ValidationError([{ path: 'role', message: EXPORT_MSG.notDistrict }])
    }
  }

  return {
    async rooms() {
      need('settings:manage')
      return (await parts()).rooms.list()
    },
    async registerRoom(input) {
      return (await parts()).rooms.register(input)
    },
    async removeRoom(id) {
      return (await parts()).rooms.remove(id)
    },

    async importBundle(bytes, fileName, options = {}) {
      need('settings:manage')
      await district()
      return (await parts()).imports.importBundle(bytes, fileName, options)
    },

    async imports(roomId) {
      need('settings:manage')
      return (await parts()).imports.list(roomId)
    },

    async statistics(period, roomId = null, groupBy = null) {
      need('statistics:read')
      return (await parts()).stats.compute(period, roomId, groupBy)
    },

    async statisticsByRoom(period) {
      need('statistics:read')
      return (await parts()).stats.byRoom(period)
    },

    /** A room's de-identified cases, latest registered first (at most `limit`). */
    async cases(roomId, limit = 200) {
      need('statistics:read')
      return (await parts()).imports.cases(roomId, limit)
    },
  }
}

async function loadParts(ctx: ReturnType<typeof exportContext>) {
  const [{ createRooms }, { createImports }, { createDistrictStats }, { createDistrictTotals }] =
    await Promise.all([
      import('./rooms'),
      import('./imports'),
      import('./district-stats'),
      import('./district-totals'),
    ])
  const rooms = createRooms(ctx)
  const totals = createDistrictTotals(ctx)
  const imports = createImports(ctx, rooms, totals)
  return { rooms, imports, stats: createDistrictStats(ctx, rooms, imports, totals) }
}
type Parts = Awaited<ReturnType<typeof loadParts>>
