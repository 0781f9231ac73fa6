/**
 * Template + case data (+ signature and seal images) → the document model. Placeholders are
 * replaced by their values; a value the case does not have prints as a blank line to be filled in
 * by hand, except in table cells (left empty), in a paragraph made of nothing but placeholders
 * (left out, so an empty note does not print a lone line) and in an optional `[[…]]` part whose
 * placeholders are all empty (left out).
 */
import { mediatorSlotId } from '../../domain/documents/agreement'
import type { ScalarField } from '../../domain/documents/fields'
import {
  OPTIONAL_PART,
  placeholdersOf,
  type DocumentTemplate,
  type SignatureSlotSpec,
} from '../../domain/documents/template'
import type { DocumentData, SignerParty } from './document-data'
import { readImage } from './images'
import { BLANK, SIGN_HERE, type DocModel, type ModelBlock, type ModelImage, type ModelSlot } from './model'

export interface SignatureAsset {
  /** PNG or JPEG of the handwritten signature. */
  image?: Uint8Array
  /** PNG or JPEG of a fingerprint, where the slot has a fingerprint box. */
  fingerprint?: Uint8Array
  /** When it was signed: an ISO timestamp (printed as local date and time) or text printed as is. */
  signedAt?: string
}

export interface DocumentAssets {
  /**
   * By slot id: `party:<partyId>`, `agent:<partyId>`, `mediator` (the lead; co-mediators
   * `mediator:2`…), `recorder`, or a named slot's id.
   */
  signatures?: Readonly<Record<string, SignatureAsset>>
  /** The organisation's seal (PNG with transparency, ideally), stamped over the seal block. */
  seal?: Uint8Array | null
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g
/** Punctuation a value ended with, followed by the template's own 。 */
const SENTENCE_END_TWICE = /[。；;，,.、]+。/g

function fill(
  text: string,
  data: DocumentData,
  item: Record<string, string> | undefined,
  blank: string,
  /** What an empty value of the item prints as (table cells and party lines: nothing). */
  itemBlank = '',
): string {
  // Optional parts whose placeholders are all empty are left out; the others lose their brackets.
  const kept = text.replace(OPTIONAL_PART, (_, part: string) =>
    placeholdersOf(part).length > 0 && allEmpty(part, data, item) ? '' : part,
  )
  return kept.replace(PLACEHOLDER, (_, name: string) => {
    if (item && name in item) return item[name] || itemBlank
    const value = data.fields[name as ScalarField]
    if (value === undefined) throw new Error(`documents: unknown placeholder ${name}`)
    return value === '' ? blank : value
  })
}

/** True when every placeholder of a text is empty. */
function allEmpty(text: string, data: DocumentData, item?: Record<string, string>): boolean {
  return placeholdersOf(text).every(
    (n) => (item && n in item ? item[n] : data.fields[n as ScalarField]) === '',
  )
}

/** True when a text is only placeholders and every one of them is empty. */
function onlyEmptyPlaceholders(text: string, data: DocumentData, item?: Record<string, string>): boolean {
  const names = placeholdersOf(text)
  if (names.length === 0 || text.replace(PLACEHOLDER, '').trim() !== '') return false
  return allEmpty(text, data, item)
}

function image(bytes: Uint8Array | undefined | null, what: string): ModelImage | null {
  if (!bytes) return null
  const img = readImage(bytes)
  if (!img) throw new Error(`documents: ${what} image is not PNG or JPEG`)
  return img
}

function printedTime(value: string | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(d.getTime())) return value
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

interface SlotOf {
  id: string
  label: string
  /** Who signs for whom, by party type (issue 14 item 3). */
  signLabel: string
  fingerprint: boolean
  sealBox: boolean
}

/**
 * How a party signs: a natural person 签名 or 指印; an organisation through its 法定代表人 or an
 * authorised agent, with a 单位印章 box and no fingerprint; a minor's (or incapable person's)
 * 法定代理人 in their stead; an agent under their own name (the template names the principal).
 */
function partySlot(p: SignerParty, spec: SignatureSlotSpec, asAgent: boolean): Omit<SlotOf, 'id' | 'label'> {
  if (asAgent) return { signLabel: SIGN_HERE, fingerprint: spec.fingerprint, sealBox: false }
  if (p.type === 'organisation')
    return { signLabel: '法定代表人或委托代理人签名：', fingerprint: false, sealBox: true }
  if (p.guardian)
    return { signLabel: `法定代理人${p.guardian}签名：`, fingerprint: spec.fingerprint, sealBox: false }
  return { signLabel: SIGN_HERE, fingerprint: spec.fingerprint, sealBox: false }
}

function slotsOf(spec: SignatureSlotSpec, data: DocumentData): SlotOf[] {
  const perParty = (parties: SignerParty[], prefix: string) =>
    parties.map((p) => ({
      id: `${prefix}:${p.id}`,
      label: fill(spec.label, data, p.fields, BLANK),
      ...partySlot(p, spec, prefix === 'agent'),
    }))
  const own = { signLabel: SIGN_HERE, fingerprint: spec.fingerprint, sealBox: false }
  const { parties } = data.signers
  switch (spec.who) {
    case 'parties':
      return perParty(parties, 'party')
    case 'applicants':
      return perParty(
        parties.filter((p) => p.role === 'applicant'),
        'party',
      )
    case 'respondents':
      return perParty(
        parties.filter((p) => p.role === 'respondent'),
        'party',
      )
    case 'agents':
      return perParty(
        parties.filter((p) => p.agent !== ''),
        'agent',
      )
    case 'principals':
      return perParty(
        parties.filter((p) => p.agent !== ''),
        'party',
      )
    case 'mediator': {
      // One slot per mediator when there are several: the lead's is `mediator` (the one the signing
      // flow fills), the co-mediators' `mediator:2`, `mediator:3`…, each label naming its mediator.
      const { mediators } = data.signers
      if (mediators.length <= 1)
        return [{ id: 'mediator', label: fill(spec.label, data, undefined, BLANK), ...own }]
      return mediators.map((m, i) => ({
        id: mediatorSlotId(i),
        label: fill(spec.label, data, { 'case.mediator': m }, BLANK, BLANK),
        ...own,
      }))
    }
    case 'recorder':
      return [{ id: spec.who, label: fill(spec.label, data, undefined, BLANK), ...own }]
    case 'named':
      return [{ id: spec.id ?? 'named', label: fill(spec.label, data, undefined, BLANK), ...own }]
  }
}

function buildSlots(specs: SignatureSlotSpec[], data: DocumentData, assets: DocumentAssets): ModelSlot[] {
  return specs.flatMap((spec) =>
    slotsOf(spec, data).map(({ id, label, signLabel, fingerprint, sealBox }) => {
      const asset = assets.signatures?.[id]
      return {
        id,
        label,
        signature: image(asset?.image, 'signature'),
        signedAt: printedTime(asset?.signedAt),
        fingerprint,
        fingerprintImage: fingerprint ? image(asset?.fingerprint, 'fingerprint') : null,
        signLabel,
        sealBox,
      }
    }),
  )
}

function buildBlocks(template: DocumentTemplate, data: DocumentData, assets: DocumentAssets): ModelBlock[] {
  const out: ModelBlock[] = []
  for (const block of template.blocks) {
    switch (block.type) {
      case 'heading':
        out.push({ type: 'heading', text: fill(block.text, data, undefined, BLANK) })
        break
      case 'paragraph':
        if (onlyEmptyPlaceholders(block.text, data)) break
        out.push({
          type: 'paragraph',
          text: fill(block.text, data, undefined, BLANK),
          align: block.align,
          indent: block.indent,
          bold: block.bold,
        })
        break
      case 'fields': {
        const cells = block.rows.map((r) => [
          fill(r.label, data, undefined, ''),
          fill(r.value, data, undefined, ''),
        ])
        const rows: string[][] = []
        for (let i = 0; i < cells.length; i += block.columns) {
          const row = cells.slice(i, i + block.columns).flat()
          while (row.length < block.columns * 2) row.push('')
          rows.push(row)
        }
        out.push({
          type: 'table',
          header: null,
          widths: block.columns === 2 ? [0.9, 2.3, 0.9, 1.9] : [1, 4],
          rows,
          labelColumns: block.columns === 2 ? [0, 2] : [0],
        })
        break
      }
      case 'repeat': {
        const items = data.lists[block.over]
        for (const item of items) {
          out.push({
            type: 'paragraph',
            text: fill(block.text, data, item, BLANK),
            align: 'justify',
            indent: block.indent,
            bold: false,
          })
        }
        if (items.length === 0 && block.empty) {
          out.push({
            type: 'paragraph',
            text: block.empty,
            align: 'justify',
            indent: block.indent,
            bold: false,
          })
        }
        break
      }
      case 'table': {
        const items = data.lists[block.over]
        if (block.layout === 'paragraphs') {
          // One numbered paragraph per item (一、…), each value the case lacks a blank to fill in;
          // a value that ends a sentence itself (a description ending in 。) does not print 。。.
          for (const item of items) {
            out.push({
              type: 'paragraph',
              text: fill(block.paragraph, data, item, BLANK, BLANK).replace(SENTENCE_END_TWICE, '。'),
              align: 'justify',
              indent: true,
              bold: false,
            })
          }
          if (items.length === 0 && block.empty) {
            out.push({ type: 'paragraph', text: block.empty, align: 'justify', indent: true, bold: false })
          }
          break
        }
        out.push({
          type: 'table',
          header: block.columns.map((c) => fill(c.header, data, undefined, '')),
          widths: block.columns.map((c) => c.width),
          rows: items.map((item) => block.columns.map((c) => fill(c.value, data, item, ''))),
          labelColumns: [],
        })
        if (items.length === 0 && block.empty) {
          out.push({ type: 'paragraph', text: block.empty, align: 'center', indent: false, bold: false })
        }
        break
      }
      case 'signatures':
        out.push({ type: 'signatures', slots: buildSlots(block.slots, data, assets), columns: block.columns })
        break
      case 'seal':
        out.push({
          type: 'seal',
          // Under a stamped seal the seal itself is the mark: no "（印）" beneath it.
          lines: block.lines.map((l) => {
            const line = fill(l, data, undefined, BLANK)
            return assets.seal ? line.replace(/（印）/g, '') : line
          }),
          image: image(assets.seal, 'seal'),
        })
        break
    }
  }
  return out
}

/** The document model of one template filled with one case's data. */
export function buildDocument(
  template: DocumentTemplate,
  data: DocumentData,
  assets: DocumentAssets = {},
): DocModel {
  return {
    kind: template.kind,
    templateVersion: template.version,
    title: fill(template.title, data, undefined, BLANK),
    blocks: buildBlocks(template, data, assets),
    missing: template.requiredFields.filter((f) => data.fields[f as ScalarField] === ''),
  }
}
