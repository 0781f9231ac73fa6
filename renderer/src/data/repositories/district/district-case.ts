/** A de-identified case as the district stores it, and the statistics facts read from it. */
import { z } from 'zod'
import { statInputSchema, type StatInput } from '../../../domain/statistics'
import type { BundleCase } from '../../../domain/export/bundle-schema'
import type { RecordCodec } from '../../codec/codec'
import type { DistrictCaseRow } from '../../schema'

export const DISTRICT_CASES = 'districtCases'

/**
 * A stored case's statistics facts. Bundles made before the facts carried their 受理 day have it
 * on the case itself (`acceptedOn`), which stands in, so 受理数 counts those cases as the room did.
 */
const statOnly = z.object({ stat: statInputSchema, acceptedOn: z.string().nullable().optional() }).loose()

/** The statistics facts of a de-identified case (as imported, or as opened from its row). */
function statOfCase(value: unknown): StatInput {
  const { stat, acceptedOn } = statOnly.parse(value)
  return stat.acceptedOn === undefined ? { ...stat, acceptedOn: acceptedOn ?? null } : stat
}

/** The statistics facts of an imported case, already checked against the bundle's schema. */
export function statOfBundleCase(c: BundleCase): StatInput {
  return c.stat.acceptedOn === undefined ? { ...c.stat, acceptedOn: c.acceptedOn ?? null } : c.stat
}

/** Opens a stored case's row for its statistics facts. */
export async function openStat(codec: RecordCodec, row: DistrictCaseRow): Promise<StatInput> {
  return statOfCase(await codec.open(DISTRICT_CASES, row.id, row.body))
}
