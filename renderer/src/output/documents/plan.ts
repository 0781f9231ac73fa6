/**
 * Which documents a case has, in archive order: every template that applies to the case's kind,
 * once per source record where a document is made per record (each session, investigation,
 * visit), with whether it can be made yet and what it still needs.
 */
import type { CaseRecord, RecordKind } from '../../domain/cases/records'
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentTemplate,
  type TemplateCondition,
} from '../../domain/documents/template'
import { assembleDocumentData, type CaseDetail } from './document-data'
import { chineseDate, chineseDateOfInstant } from './format'
import { localDateOf } from '../../domain/shared/dates'
import type { TemplateSet } from './templates'

export interface PlannedDocument {
  /** Stable within a case: `<kind>` or `<kind>:<recordId>`. */
  key: string
  kind: DocumentKind
  /** The record it is made from, or null. */
  recordId: string | null
  title: string
  /** The document's date as printed in the 卷内目录 ('' when it has none yet). */
  date: string
  /** False while the record it is made from is missing. */
  available: boolean
  /** The record kind still needed, when not available. */
  needs: RecordKind | null
}

/** Documents made once per record of their source kind. */
const PER_RECORD: ReadonlySet<RecordKind> = new Set(['investigation', 'session', 'visit'])
/** Documents not offered at all until their source record exists. */
const OFFERED_WITH_RECORD_ONLY: ReadonlySet<RecordKind> = new Set(['judicial-confirmation'])
/** Parts of the archive volume itself, not documents of the case. */
export const ARCHIVE_PARTS: readonly DocumentKind[] = [
  'archive-cover',
  'archive-contents',
  'archive-back-cover',
]
/**
 * Offered on the case page but not put into the archive volume by itself: the 卷宗情况说明 is written
 * (by hand) only when a volume needs explaining, and filed by the archivist.
 */
export const ON_REQUEST: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['archive-note'])
/**
 * The general 行政调解 form that a sector's own form replaces: a 治安, traffic or labour case is
 * offered its sector's agreement (and the traffic 调解终结书) instead.
 */
const REPLACED_BY: Partial<Record<DocumentKind, readonly DocumentKind[]>> = {
  'admin-agreement': ['police-agreement', 'traffic-mediation-document', 'labour-agreement'],
  'admin-termination-notice': ['traffic-termination'],
}
const CONCLUDED: ReadonlySet<string> = new Set(['closed', 'terminated', 'rejected', 'archived'])

function recordDate(r: CaseRecord): string {
  const d: Readonly<Record<string, unknown>> = r.data
  const value = [d.at, d.effectiveDate, d.notifiedAt, d.reportedAt, d.appliedAt].find(
    (v): v is string => typeof v === 'string' && v !== '',
  )
  return value ? chineseDate(value) : chineseDateOfInstant(r.createdAt)
}

function conditionsHold(t: DocumentTemplate, detail: CaseDetail, source: CaseRecord | undefined): boolean {
  return t.conditions.every((condition) => holds(condition, detail, source))
}

function holds(condition: TemplateCondition, detail: CaseDetail, source: CaseRecord | undefined): boolean {
  const { case: c, records } = detail
  switch (condition) {
    case 'written-agreement':
    case 'oral-agreement': {
      // Made from the agreement itself, or (a 司法确认 application) from a record about it: then
      // the case's latest agreement decides. No agreement yet: it may still come.
      const agreement =
        source?.kind === 'agreement'
          ? source
          : source
            ? records.filter((r) => r.kind === 'agreement').at(-1)
            : undefined
      if (!agreement || agreement.kind !== 'agreement') return true
      return agreement.data.form === (condition === 'written-agreement' ? 'written' : 'oral')
    }
    case 'all-persons':
      return c.parties.every((p) => p.type === 'person')
    case 'has-organisation':
      return c.parties.some((p) => p.type === 'organisation')
    case 'accepted':
      return Boolean(c.events.accepted)
    case 'rejected':
      return records.some((r) => r.kind === 'transition' && r.data.to === 'rejected')
    case 'has-agent':
      return c.parties.some((p) => p.type === 'person' && p.agent !== null)
    case 'sector-public-security':
    case 'sector-traffic':
    case 'sector-labour':
      return c.kind === 'administrative' && c.sector === condition.slice('sector-'.length)
    case 'labour-dispute':
      return c.kind === 'administrative' ? c.sector === 'labour' : c.disputeType === 'labour'
    case 'concluded':
      return CONCLUDED.has(c.status)
  }
}

function fixedDate(kind: DocumentKind, detail: CaseDetail): string {
  const { case: c, records } = detail
  const transition = (to: string) => records.filter((r) => r.kind === 'transition' && r.data.to === to).at(-1)
  switch (kind) {
    case 'application':
    case 'admin-application':
    case 'acceptance-register':
      return chineseDate(c.events.registered ?? localDateOf(c.createdAt))
    case 'admin-acceptance-notice':
      return chineseDate(c.events.accepted ?? '')
    case 'rejection-notice':
    case 'admin-rejection-notice': {
      const r = transition('rejected')
      return r ? chineseDateOfInstant(r.createdAt) : ''
    }
    case 'admin-closing-approval': {
      const r = transition('closed')
      return r ? chineseDateOfInstant(r.createdAt) : ''
    }
    default:
      return ''
  }
}

/** Whether a template is meant for this case at all: its kind of mediation and its case-wide conditions. */
function appliesTo(t: DocumentTemplate, detail: CaseDetail): boolean {
  return (
    t.appliesTo.includes(detail.case.kind) &&
    t.conditions.every(
      (c) => c === 'written-agreement' || c === 'oral-agreement' || holds(c, detail, undefined),
    )
  )
}

/**
 * The sector's form that replaces `kind` for this case, if any: one that applies to the case and,
 * where it asks for a written agreement, whose case's latest agreement is written (an oral one keeps
 * the general form, which records it).
 */
function replacementOf(
  kind: DocumentKind,
  detail: CaseDetail,
  templates: TemplateSet,
): DocumentKind | undefined {
  const latest = detail.records.filter((r) => r.kind === 'agreement').at(-1)
  return (REPLACED_BY[kind] ?? []).find(
    (k) => appliesTo(templates[k], detail) && conditionsHold(templates[k], detail, latest),
  )
}

/**
 * The form a case's agreement is drawn up, signed and sealed on: 人民调解协议书, or for an
 * administrative case its sector's own (治安调解协议书, 道路交通事故损害赔偿调解书, 劳动争议调解协议书) where
 * one applies, else the 行政调解协议书 — the same form the case page offers.
 */
export function agreementKindFor(detail: CaseDetail, templates: TemplateSet): DocumentKind {
  if (detail.case.kind !== 'administrative') return 'agreement'
  return replacementOf('admin-agreement', detail, templates) ?? 'admin-agreement'
}

/** The documents of a case in archive order (without the cover and contents list). */
export function documentsForCase(detail: CaseDetail, templates: TemplateSet): PlannedDocument[] {
  const out: PlannedDocument[] = []
  // A title naming a field (委派/委托调解结果报告) prints as this case's.
  let fields: Record<string, string> | null = null
  const titleOf = (t: DocumentTemplate): string => {
    if (!t.title.includes('{{')) return t.title
    fields ??= assembleDocumentData(detail).fields
    const values = fields
    return t.title.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, name: string) => values[name] ?? '')
  }
  for (const kind of DOCUMENT_KINDS) {
    if (ARCHIVE_PARTS.includes(kind)) continue
    const t = templates[kind]
    if (!t.appliesTo.includes(detail.case.kind)) continue
    if (replacementOf(kind, detail, templates)) continue
    if (!t.source) {
      if (conditionsHold(t, detail, undefined)) {
        out.push({
          key: kind,
          kind,
          recordId: null,
          title: titleOf(t),
          date: fixedDate(kind, detail),
          available: true,
          needs: null,
        })
      }
      continue
    }
    const sources = detail.records.filter((r) => r.kind === t.source)
    const chosen = PER_RECORD.has(t.source) ? sources : sources.slice(-1)
    if (chosen.length === 0) {
      // Some documents are offered only once their record exists: a 司法确认申请书 once the parties
      // apply (a bound, unsigned application is no part of any file).
      if (OFFERED_WITH_RECORD_ONLY.has(t.source)) continue
      if (conditionsHold(t, detail, undefined)) {
        out.push({
          key: kind,
          kind,
          recordId: null,
          title: titleOf(t),
          date: '',
          available: false,
          needs: t.source,
        })
      }
      continue
    }
    for (const r of chosen) {
      if (!conditionsHold(t, detail, r)) continue
      out.push({
        key: `${kind}:${r.id}`,
        kind,
        recordId: r.id,
        title: titleOf(t),
        date: recordDate(r),
        available: true,
        needs: null,
      })
    }
  }
  return out
}

/** Copies of a document handed to the parties: one per party and one kept by the organisation. */
export const printCopies = (detail: Pick<CaseDetail, 'case'>): number => detail.case.parties.length + 1

/** The documents the parties are handed (agreements, notices); every other one is an internal form. */
export const PARTY_DOCUMENTS: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  'rights-notice',
  'agreement',
  'admin-agreement',
  'admin-acceptance-notice',
  'admin-rejection-notice',
  'termination-notice',
  'admin-termination-notice',
  'rejection-notice',
  'session-notice',
  'labour-agreement',
  'police-agreement',
  'traffic-mediation-document',
  'traffic-termination',
])

/** Copies to print of `kind`: parties + 1 for what the parties are handed, one for internal forms. */
export const printCopiesOf = (detail: Pick<CaseDetail, 'case'>, kind: DocumentKind): number =>
  PARTY_DOCUMENTS.has(kind) ? printCopies(detail) : 1
