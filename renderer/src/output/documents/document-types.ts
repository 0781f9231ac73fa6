/** The shapes documents are assembled from and into (document-data.ts fills them). */
import type { Case } from '../../domain/cases/case'
import type { Party } from '../../domain/cases/party'
import type { CaseRecord } from '../../domain/cases/records'
import type { ListSource, ScalarField } from '../../domain/documents/fields'
import type { RetentionSettings } from '../../domain/documents/retention'
import type { IssuerType } from '../../domain/organisation/issuing-bodies'
import type { DeadlineRule } from '../../domain/deadlines'

/** A case as documents need it. */
export interface CaseDetail {
  case: Case
  /** Every record of the case, oldest first (as the case repository returns them). */
  records: CaseRecord[]
  organisation: { name: string; region?: string }
  /**
   * The body the case's documents issue under (its kind's: the committee, the 行政机关 of its
   * sector, a 特邀调解组织): its name is what `organisation.name` prints. Absent: the organisation.
   */
  issuer?: { id: string; type: IssuerType; name: string }
  /** Display names of users by id: the mediator, whoever wrote a record. */
  userNames: Readonly<Record<string, string>>
  /**
   * The deadline rules in force (for the 调解会通知书: how many days before the session the parties
   * must be told). Absent: the defaults (domain/deadlines/rules.ts).
   */
  deadlineRules?: readonly DeadlineRule[]
}

/** One line of the 卷内目录. */
export interface ContentsEntry {
  index: number
  title: string
  /** As printed (2026年3月5日). */
  date: string
  /** Page range in the volume: "3" or "3-4". */
  pages: string
  note: string
}

export interface SignerParty {
  id: string
  role: Party['role']
  type: Party['type']
  name: string
  /** An organisation's 法定代表人, '' for a person. */
  legalRepresentative: string
  /** A minor's (or a person lacking capacity's) 法定代理人, '' when none. */
  guardian: string
  /** The agent's name, '' when the party has none. */
  agent: string
  /** The party's item fields (`party.name`, …), for labels repeated per party. */
  fields: Record<string, string>
}

export interface DocumentData {
  fields: Record<ScalarField, string>
  /** Items of each list source; keys are item placeholders (`party.name`, `term.amountCapitals`). */
  lists: Record<ListSource, Record<string, string>[]>
  /** `mediators`: every mediator's name, the lead first (one slot each where a template has one). */
  signers: { parties: SignerParty[]; mediators: string[]; recorder: string }
}

export interface AssembleOptions {
  /** The record a per-record document (a session, a visit, …) is made from; default: the latest of each kind. */
  recordId?: string
  /** The document date (YYYY-MM-DD); default: today. */
  today?: string
  /** For the archive cover and contents. */
  archive?: ArchiveOptions
  /** 保管期限 per kind of mediation (settings); default: the built-in periods. */
  retention?: RetentionSettings
}

/** What the archive cover prints beyond the case: the volume's contents and what is chosen at export. */
export interface ArchiveOptions {
  entries: ContentsEntry[]
  pageCount: number
  /** 卷名; default: the parties and the dispute (张三与李四邻里纠纷). */
  title?: string
  /** 立卷人's name; default: the case's mediator. */
  compiler?: string
  /** 备注, optional. */
  note?: string
}

/** 委派 or 委托: the word a court-linked case's documents are titled with. */
