/**
 * The district office's side: the registry of rooms (by certificate fingerprint), importing their
 * bundles (verified in full, then merged in one transaction without duplicates), and statistics
 * across rooms with drill-down by room. Registering rooms and importing need `settings:manage`;
 * reading statistics needs `statistics:read`. Only a workspace set up as a district imports.
 */
import { EXPORT_MSG } from '../../../domain/export/export-request'
import { ValidationError } from '../../../domain/shared/errors'
import type { GroupBy, Period } from '../../../domain/statistics'
import { exportContext, type ExportDeps } from '../export/context'
import { readWorkspaceRole } from '../export/workspace-role'
import { createDistrictStats } from './district-stats'
import { createImports, type ImportOptions } from './imports'
import { createRooms } from './rooms'

export type { Room } from './rooms'
export type { ImportResult, ImportSummary, ImportWarning, ImportProgress } from './imports'
export type { RoomStatistics } from './district-stats'

export function createDistrictRepository(deps: ExportDeps) {
  const ctx = exportContext(deps)
  const { db, need } = ctx
  const rooms = createRooms(ctx)
  const imports = createImports(ctx, rooms)
  const stats = createDistrictStats(ctx, rooms, imports)
  const district = async () => {
    if ((await readWorkspaceRole(db)) !== 'district') {
      throw new ValidationError([{ path: 'role', message: EXPORT_MSG.notDistrict }])
    }
  }

  return {
    async rooms() {
      need('settings:manage')
      return rooms.list()
    },
    registerRoom: rooms.register.bind(rooms),
    removeRoom: rooms.remove.bind(rooms),

    async importBundle(bytes: Uint8Array, fileName: string, options: ImportOptions = {}) {
      need('settings:manage')
      await district()
      return imports.importBundle(bytes, fileName, options)
    },

    async imports(roomId?: string) {
      need('settings:manage')
      return imports.list(roomId)
    },

    async statistics(period: Period, roomId: string | null = null, groupBy: GroupBy | null = null) {
      need('statistics:read')
      return stats.compute(period, roomId, groupBy)
    },

    async statisticsByRoom(period: Period) {
      need('statistics:read')
      return stats.byRoom(period)
    },

    /** A room's de-identified cases, latest registered first (at most `limit`). */
    async cases(roomId: string, limit = 200) {
      need('statistics:read')
      return imports.cases(roomId, limit)
    },
  }
}

export type DistrictRepository = ReturnType<typeof createDistrictRepository>
