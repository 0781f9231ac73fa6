/** The data layer's front door: opens the database and wires the repositories to a codec. */
import type { RecordCodec } from './codec/codec'
import { plaintextCodec } from './codec/codec'
import { createCaseRepository } from './repositories/case-repository'
import { createSettingsRepository } from './repositories/settings-repository'
import { openDatabase, type MediationDb } from './schema'

export { subscribeToChanges } from './changes'
export type { CaseListQuery, CasePage, CaseRepository, CaseSortField } from './repositories/case-repository'
export type { SettingsRepository } from './repositories/settings-repository'

export interface Repositories {
  cases: ReturnType<typeof createCaseRepository>
  settings: ReturnType<typeof createSettingsRepository>
}

export function createRepositories(db: MediationDb, codec: RecordCodec = plaintextCodec): Repositories {
  const settings = createSettingsRepository(db)
  return { settings, cases: createCaseRepository({ db, codec, settings }) }
}

export function openWorkspace(name?: string): { db: MediationDb; repositories: Repositories } {
  const db = openDatabase(name)
  return { db, repositories: createRepositories(db) }
}
