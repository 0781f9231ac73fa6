/**
 * A whole case as data — registration, where it stands, and what happened — for importing many
 * at once (demo data, benchmarks) through `cases.importDrafts`. Validated like everything else.
 */
import type { AdminSector, CaseSource, CaseStatus, DisputeType, MediationKind, RiskLevel } from './catalogues'
import type { PartyInput } from './party'
import type { RecordKind } from './records'

export interface CaseDraft {
  kind: MediationKind
  sector: AdminSector | null
  source: CaseSource
  disputeType: DisputeType
  status: CaseStatus
  outcome: 'agreed' | 'terminated' | 'rejected' | null
  riskLevel: RiskLevel | null
  /** ISO timestamps */
  createdAt: string
  updatedAt: string
  facts: string
  requests: string
  parties: PartyInput[]
  /** In the order they happened; `data` must satisfy the record kind's schema. */
  records: { kind: RecordKind; createdAt: string; data: unknown }[]
  /** The day a written agreement took effect (every signature and the seal), if it did. */
  agreementEffectiveOn?: string
  /** A local sub-type of the dispute type (settings' catalogue), if any. */
  disputeSubtype?: string
}
