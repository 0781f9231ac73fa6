/**
 * Document templates as data (templates/*.json): one per document kind, versioned, schema-checked.
 * A template is a title and a list of blocks — headings, paragraphs with `{{placeholders}}`,
 * label/value field tables, blocks repeated per list item (parties, agreement terms, …) — a table
 * block prints its items as rows or, with `layout: "paragraphs"`, as one paragraph each (the
 * agreement's 一、二、三) — signature blocks with named slots and the organisation's seal slot.
 * `[[…]]` marks an optional part of a text, left out when all its placeholders are empty. Placeholders must name a documented
 * field (./fields.ts); `checkTemplate` says which do not, and where.
 */
import { z } from 'zod'
import { MEDIATION_KINDS } from '../cases/catalogues'
import { RECORD_KINDS, type RecordKind } from '../cases/records'
import {
  isScalarField,
  itemFields,
  LIST_SOURCE_NAMES,
  LIST_SOURCES,
  NAME_LIST_SOURCES,
  PRINTED_VIA,
  type ListSource,
  type ScalarField,
} from './fields'

/** Every document the app generates (DOMAIN.md "Documents"), in the order of an archive volume. */
export const DOCUMENT_KINDS = [
  'archive-cover',
  'archive-contents',
  'application',
  'admin-application',
  'power-of-attorney',
  'court-letter-receipt',
  'acceptance-register',
  'rejection-notice',
  'admin-acceptance-notice',
  'admin-rejection-notice',
  'rights-notice',
  'admin-rights-notice',
  'investigation-record',
  'session-notice',
  'session-record',
  'agreement',
  'labour-agreement',
  'oral-agreement-register',
  'admin-agreement',
  'police-agreement',
  'traffic-mediation-document',
  'termination-notice',
  'admin-termination-notice',
  'traffic-termination',
  'visit-record',
  'judicial-confirmation-person',
  'judicial-confirmation-organisation',
  'court-report',
  'admin-closing-approval',
  'archive-note',
  'archive-back-cover',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** When a document can be made for a case, beyond its source record existing. */
export const TEMPLATE_CONDITIONS = [
  'written-agreement',
  'oral-agreement',
  'all-persons',
  'has-organisation',
  'accepted',
  'rejected',
  /** Some party acts through a 委托代理人. */
  'has-agent',
  /** 行政调解 of one sector: 治安 (公安), 道路交通事故 (交警), 劳动 (人社). */
  'sector-public-security',
  'sector-traffic',
  'sector-labour',
  /** A 劳动争议: the 劳动 sector, or a case of that dispute type (the labour form itself applies to administrative and people's cases). */
  'labour-dispute',
  /** Mediation is over: closed, terminated, rejected or archived. */
  'concluded',
] as const
export type TemplateCondition = (typeof TEMPLATE_CONDITIONS)[number]

/** Who signs in a signature slot: per party, per agent, the case's people, or one named slot. */
export const SLOT_SIGNERS = [
  'parties',
  'applicants',
  'respondents',
  'agents',
  /** Each party that acts through an agent (the principal of a 授权委托书). */
  'principals',
  'mediator',
  'recorder',
  'named',
] as const
export type SlotSigner = (typeof SLOT_SIGNERS)[number]

const text = (max: number) => z.string().max(max)
const listSource = z.enum(LIST_SOURCE_NAMES as [ListSource, ...ListSource[]])

const headingBlock = z.object({ type: z.literal('heading'), text: text(200) }).strict()

const paragraphBlock = z
  .object({
    type: z.literal('paragraph'),
    text: text(4000),
    align: z.enum(['left', 'center', 'right', 'justify']).default('justify'),
    /** 首行缩进两字 — the default for running text. */
    indent: z.boolean().default(true),
    bold: z.boolean().default(false),
  })
  .strict()

const fieldsBlock = z
  .object({
    type: z.literal('fields'),
    rows: z
      .array(z.object({ label: text(100), value: text(2000) }).strict())
      .min(1)
      .max(60),
    /** Two label/value pairs per line for short fields (登记表 style). */
    columns: z.union([z.literal(1), z.literal(2)]).default(1),
  })
  .strict()

const repeatBlock = z
  .object({
    type: z.literal('repeat'),
    over: listSource,
    text: text(2000),
    /** Printed once when the list is empty. */
    empty: text(200).default(''),
    indent: z.boolean().default(true),
  })
  .strict()

/** How a table block prints its items: as table rows, or one numbered paragraph each (一、二、三). */
export const TABLE_LAYOUTS = ['table', 'paragraphs'] as const
export type TableLayout = (typeof TABLE_LAYOUTS)[number]

const tableBlock = z
  .object({
    type: z.literal('table'),
    over: listSource,
    columns: z
      .array(
        z
          .object({ header: text(50), value: text(500), width: z.number().min(0.5).max(10).default(1) })
          .strict(),
      )
      .min(1)
      .max(8),
    empty: text(200).default('（无）'),
    /** `paragraphs`: each item prints as `paragraph` instead of a row of `columns`. */
    layout: z.enum(TABLE_LAYOUTS).default('table'),
    /** The item's wording when printed as a paragraph ({{term.ordinal}}、…); needed for `paragraphs`. */
    paragraph: text(2000).default(''),
  })
  .strict()
  .refine((b) => b.layout === 'table' || b.paragraph.trim() !== '', {
    message: 'a paragraphs layout needs its paragraph',
    path: ['paragraph'],
  })

const slot = z
  .object({
    who: z.enum(SLOT_SIGNERS),
    /** For `named` slots: the slot id the signing layer fills (`approver`, `subject`, …). */
    id: z
      .string()
      .regex(/^[a-z][a-z-]{0,30}$/)
      .optional(),
    label: text(100),
    /** A box for a fingerprint (按指印) next to the signature. */
    fingerprint: z.boolean().default(false),
  })
  .strict()
  .refine((s) => (s.who === 'named') === (s.id !== undefined), { message: 'named slots need an id' })

const signaturesBlock = z
  .object({
    type: z.literal('signatures'),
    slots: z.array(slot).min(1).max(10),
    columns: z.union([z.literal(1), z.literal(2)]).default(2),
  })
  .strict()

const sealBlock = z
  .object({
    type: z.literal('seal'),
    /** Organisation name and date, printed bottom right; the seal image is stamped over them. */
    lines: z.array(text(200)).min(1).max(4),
  })
  .strict()

export const templateBlockSchema = z.discriminatedUnion('type', [
  headingBlock,
  paragraphBlock,
  fieldsBlock,
  repeatBlock,
  tableBlock,
  signaturesBlock,
  sealBlock,
])

export const documentTemplateSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    version: z.number().int().min(1),
    title: text(100).min(1),
    appliesTo: z.array(z.enum(MEDIATION_KINDS)).min(1),
    /** The record a document is made from (one document per such record), or null. */
    source: z
      .enum(RECORD_KINDS as [RecordKind, ...RecordKind[]])
      .nullable()
      .default(null),
    /** Every one must hold for the document to be made for a case. */
    conditions: z.array(z.enum(TEMPLATE_CONDITIONS)).max(4).default([]),
    /** Fields whose values the printed document must show (checked by tests; shown when missing). */
    requiredFields: z.array(z.string()).default([]),
    blocks: z.array(templateBlockSchema).min(1).max(80),
  })
  .strict()

export type DocumentTemplate = z.output<typeof documentTemplateSchema>
export type DocumentTemplateInput = z.input<typeof documentTemplateSchema>
export type TemplateBlock = z.output<typeof templateBlockSchema>
export type SignatureSlotSpec = z.output<typeof slot>

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g
/**
 * An optional part of a text, `[[，履行地点：{{term.place}}]]`: printed when any placeholder in it
 * has a value, left out (brackets and all) when every one is empty. Not nested.
 */
export const OPTIONAL_PART = /\[\[([^[\]]*)\]\]/g

/** The names in `{{…}}` of a text, in order. */
export function placeholdersOf(s: string): string[] {
  return [...s.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')
}

/** i18n keys of template problems (section `templates.errors`). */
export const TEMPLATE_MSG = {
  invalid: 'templates.errors.invalid',
  unknownPlaceholder: 'templates.errors.unknownPlaceholder',
  brokenBraces: 'templates.errors.brokenBraces',
  unknownRequired: 'templates.errors.unknownRequired',
  requiredMissing: 'templates.errors.requiredMissing',
  structureChanged: 'templates.errors.structureChanged',
  kindMismatch: 'templates.errors.kindMismatch',
} as const

export interface TemplateIssue {
  /** Where: `title`, `blocks.3.text`, `blocks.5.columns.1.value`, … */
  path: string
  /** An i18n key from TEMPLATE_MSG. */
  message: string
  /** The placeholder or field concerned, when there is one (it is template text, not personal data). */
  name?: string
}

/** Every text of a template with its path and the item fields allowed there. */
export function templateTexts(t: DocumentTemplate): { path: string; text: string; scope: string[] }[] {
  const out: { path: string; text: string; scope: string[] }[] = [{ path: 'title', text: t.title, scope: [] }]
  const partyScope = itemFields('parties')
  t.blocks.forEach((b, i) => {
    const at = `blocks.${i}`
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push({ path: `${at}.text`, text: b.text, scope: [] })
        break
      case 'fields':
        b.rows.forEach((r, j) => {
          out.push({ path: `${at}.rows.${j}.label`, text: r.label, scope: [] })
          out.push({ path: `${at}.rows.${j}.value`, text: r.value, scope: [] })
        })
        break
      case 'repeat':
        out.push({ path: `${at}.text`, text: b.text, scope: itemFields(b.over) })
        out.push({ path: `${at}.empty`, text: b.empty, scope: [] })
        break
      case 'table':
        b.columns.forEach((c, j) => {
          out.push({ path: `${at}.columns.${j}.header`, text: c.header, scope: [] })
          out.push({ path: `${at}.columns.${j}.value`, text: c.value, scope: itemFields(b.over) })
        })
        out.push({ path: `${at}.empty`, text: b.empty, scope: [] })
        out.push({ path: `${at}.paragraph`, text: b.paragraph, scope: itemFields(b.over) })
        break
      case 'signatures':
        b.slots.forEach((s, j) => {
          const perParty = ['parties', 'applicants', 'respondents', 'agents', 'principals'].includes(s.who)
          out.push({ path: `${at}.slots.${j}.label`, text: s.label, scope: perParty ? partyScope : [] })
        })
        break
      case 'seal':
        b.lines.forEach((l, j) => out.push({ path: `${at}.lines.${j}`, text: l, scope: [] }))
        break
    }
  })
  return out
}

/** Whether a required field is printed: named directly, or (name lists) repeated item by item. */
function isCovered(t: DocumentTemplate, field: ScalarField, used: ReadonlySet<string>): boolean {
  if (used.has(field)) return true
  if (PRINTED_VIA[field]?.some((f) => used.has(f))) return true
  const sources = NAME_LIST_SOURCES[field]
  if (!sources) return false
  return t.blocks.some(
    (b) =>
      (b.type === 'repeat' && sources.includes(b.over) && placeholdersOf(b.text).includes('party.name')) ||
      (b.type === 'table' &&
        sources.includes(b.over) &&
        b.columns.some((c) => placeholdersOf(c.value).includes('party.name'))),
  )
}

/**
 * Problems of a parsed template: placeholders that name no field (or an item field outside its
 * repeat), unbalanced braces, required fields that are unknown or no longer printed.
 */
export function checkTemplate(t: DocumentTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = []
  const used = new Set<string>()
  for (const { path, text: s, scope } of templateTexts(t)) {
    const stripped = s.replace(PLACEHOLDER, '')
    const unbracketed = stripped.replace(OPTIONAL_PART, '$1')
    if (
      stripped.includes('{{') ||
      stripped.includes('}}') ||
      unbracketed.includes('[[') ||
      unbracketed.includes(']]')
    ) {
      issues.push({ path, message: TEMPLATE_MSG.brokenBraces })
    }
    for (const name of placeholdersOf(s)) {
      used.add(name)
      if (!isScalarField(name) && !scope.includes(name)) {
        issues.push({ path, message: TEMPLATE_MSG.unknownPlaceholder, name })
      }
    }
  }
  t.requiredFields.forEach((f, i) => {
    if (!isScalarField(f)) {
      issues.push({ path: `requiredFields.${i}`, message: TEMPLATE_MSG.unknownRequired, name: f })
    } else if (!isCovered(t, f, used)) {
      issues.push({ path: `requiredFields.${i}`, message: TEMPLATE_MSG.requiredMissing, name: f })
    }
  })
  return issues
}

/** The block types in order with their list sources and slot signers: what an edit may not change. */
export function templateShape(t: DocumentTemplate): string {
  return JSON.stringify([
    t.kind,
    t.appliesTo,
    t.source,
    t.conditions,
    t.requiredFields,
    t.blocks.map((b) => {
      switch (b.type) {
        case 'fields':
          return [b.type, b.rows.length, b.columns]
        case 'repeat':
          return [b.type, b.over]
        case 'table':
          return [b.type, b.over, b.columns.length]
        case 'signatures':
          return [b.type, b.slots.map((s) => [s.who, s.id ?? '', s.fingerprint])]
        case 'seal':
          return [b.type, b.lines.length]
        default:
          return [b.type]
      }
    }),
  ])
}

export { LIST_SOURCES }
