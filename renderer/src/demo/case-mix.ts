/** Which kinds of case, sectors, dispute types, sources and risk levels the demo mixes, and how often. */
import type {
  AdminSector,
  CaseSource,
  CaseStatus,
  DisputeType,
  MediationKind,
  RiskLevel,
} from '../domain/cases/catalogues'
import type { Rng } from './random'

const KINDS: readonly (readonly [MediationKind, number])[] = [
  ['people', 60],
  ['administrative', 22],
  ['court-delegated', 11],
  ['court-entrusted', 7],
]

const SECTORS: readonly (readonly [AdminSector, number])[] = [
  ['public-security', 25],
  ['traffic', 28],
  ['consumer', 20],
  ['labour', 15],
  ['land', 8],
  ['other', 4],
]

const PEOPLE_TYPES: readonly (readonly [DisputeType, number])[] = [
  ['neighbourhood', 18],
  ['marriage-family', 16],
  ['property-management', 9],
  ['damages', 9],
  ['contract', 8],
  ['housing-homestead', 6],
  ['labour', 6],
  ['consumer', 4],
  ['traffic', 4],
  ['production-business', 4],
  ['forest-land', 3],
  ['land-acquisition', 2.5],
  ['environment', 3],
  ['medical', 2],
  ['other', 6],
]

const SECTOR_TYPES: Record<AdminSector, readonly (readonly [DisputeType, number])[]> = {
  'public-security': [
    ['neighbourhood', 5],
    ['damages', 5],
    ['marriage-family', 2],
  ],
  traffic: [['traffic', 1]],
  consumer: [['consumer', 1]],
  labour: [['labour', 1]],
  land: [
    ['forest-land', 3],
    ['housing-homestead', 2],
    ['land-acquisition', 2],
  ],
  other: [
    ['environment', 3],
    ['property-management', 2],
    ['other', 1],
  ],
}

const COURT_TYPES: readonly (readonly [DisputeType, number])[] = [
  ['contract', 25],
  ['damages', 15],
  ['traffic', 12],
  ['marriage-family', 10],
  ['labour', 8],
  ['property-management', 8],
  ['housing-homestead', 6],
  ['production-business', 6],
  ['medical', 5],
  ['consumer', 5],
]

const PEOPLE_SOURCES: readonly (readonly [CaseSource, number])[] = [
  ['party-application', 55],
  ['proactive', 15],
  ['grid-report', 15],
  ['police-transfer', 8],
  ['government-assigned', 7],
]

const RISKY_TYPES = new Set<DisputeType>(['damages', 'labour', 'land-acquisition', 'marriage-family'])

const riskTable = (f: number): readonly (readonly [RiskLevel, number])[] => [
  ['green', 78],
  ['yellow', 13 * f],
  ['orange', 6 * f],
  ['red', 3 * f],
]
const RISK_USUAL = riskTable(1)
const RISK_RISKY = riskTable(1.8)

export function chooseCase(r: Rng): {
  kind: MediationKind
  sector: AdminSector | null
  type: DisputeType
  source: CaseSource
} {
  const kind = r.weighted(KINDS)
  if (kind === 'administrative') {
    const sector = r.weighted(SECTORS)
    const source: CaseSource =
      (sector === 'public-security' || sector === 'traffic') && r.chance(0.4)
        ? 'police-transfer'
        : r.chance(0.8)
          ? 'party-application'
          : 'government-assigned'
    return { kind, sector, type: r.weighted(SECTOR_TYPES[sector]), source }
  }
  if (kind === 'people')
    return { kind, sector: null, type: r.weighted(PEOPLE_TYPES), source: r.weighted(PEOPLE_SOURCES) }
  return { kind, sector: null, type: r.weighted(COURT_TYPES), source: 'court-referral' }
}

export function chooseRisk(r: Rng, type: DisputeType, status: CaseStatus): RiskLevel | null {
  if (status === 'registered' && r.chance(0.5)) return null
  return r.weighted(RISKY_TYPES.has(type) ? RISK_RISKY : RISK_USUAL)
}
