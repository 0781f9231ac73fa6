/**
 * The built-in templates as data: every file in templates/ parses with the schema, is named after
 * its kind, names only documented fields, and every document kind has one. Edited copies: only the
 * wording may change; an unknown placeholder, a removed required field or a changed structure is
 * refused with the path and name.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_TEMPLATES } from '../../../renderer/src/domain/documents/builtin'
import { checkOverride, parseOverride, TemplateError } from '../../../renderer/src/domain/documents/override'
import {
  checkTemplate,
  documentTemplateSchema,
  DOCUMENT_KINDS,
  placeholdersOf,
  TEMPLATE_MSG,
  type DocumentTemplate,
} from '../../../renderer/src/domain/documents/template'

const DIR = join(import.meta.dirname, '../../../templates')
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))

const agreement = BUILT_IN_TEMPLATES.agreement
const copy = (): DocumentTemplate => structuredClone(agreement)

describe('templates/ files', () => {
  it.each(files)('%s parses, is named after its kind and names only known fields', (file) => {
    const template = documentTemplateSchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')))
    expect(`${template.kind}.json`).toBe(file)
    expect(checkTemplate(template)).toEqual([])
    expect(template.version).toBeGreaterThanOrEqual(1)
  })

  it('has exactly one file per document kind', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...DOCUMENT_KINDS].sort())
  })

  it('every agreement-like template has the amount in figures and capitals and a seal', () => {
    for (const kind of ['agreement', 'admin-agreement'] as const) {
      const t = BUILT_IN_TEMPLATES[kind]
      const text = JSON.stringify(t)
      expect(text).toContain('{{term.amountFigures}}')
      expect(text).toContain('{{term.amountCapitals}}')
      expect(text).toContain('{{agreement.totalCapitals}}')
      expect(t.blocks.some((b) => b.type === 'seal')).toBe(true)
      const slots = t.blocks.flatMap((b) => (b.type === 'signatures' ? b.slots : []))
      expect(slots.find((s) => s.who === 'parties')?.fingerprint).toBe(true)
      expect(slots.some((s) => s.who === 'mediator')).toBe(true)
    }
  })
})

describe('checkTemplate', () => {
  it('names an unknown placeholder and where it is', () => {
    const t = copy()
    const i = t.blocks.findIndex((b) => b.type === 'paragraph')
    t.blocks[i] = {
      type: 'paragraph',
      text: '当事人{{party.nmae}}与{{case.numbr}}',
      align: 'left',
      indent: true,
      bold: false,
    }
    expect(checkTemplate(t)).toEqual([
      { path: `blocks.${i}.text`, message: TEMPLATE_MSG.unknownPlaceholder, name: 'party.nmae' },
      { path: `blocks.${i}.text`, message: TEMPLATE_MSG.unknownPlaceholder, name: 'case.numbr' },
      // That paragraph was the one printing the case number, which the agreement must show.
      { path: 'requiredFields.0', message: TEMPLATE_MSG.requiredMissing, name: 'case.number' },
    ])
  })

  it('refuses item fields outside their repeat, accepts them inside', () => {
    const t = copy()
    t.title = '{{term.description}}'
    expect(checkTemplate(t)).toContainEqual({
      path: 'title',
      message: TEMPLATE_MSG.unknownPlaceholder,
      name: 'term.description',
    })
    expect(placeholdersOf('{{ case.number }}、{{party.name}}')).toEqual(['case.number', 'party.name'])
  })

  it('finds unbalanced braces', () => {
    const t = copy()
    t.title = '协议书{{case.number'
    expect(checkTemplate(t)).toContainEqual({ path: 'title', message: TEMPLATE_MSG.brokenBraces })
  })
})

describe('edited copies', () => {
  it('accepts new wording with known placeholders', () => {
    const t = copy()
    t.title = '调解协议书（{{case.kind}}）'
    const result = checkOverride('agreement', t, agreement)
    expect(result.ok).toBe(true)
  })

  it('refuses an unknown placeholder with a TemplateError naming it', () => {
    const t = copy()
    t.title = '{{case.secret}}'
    expect(() => parseOverride('agreement', t, agreement)).toThrow(TemplateError)
    try {
      parseOverride('agreement', t, agreement)
    } catch (error) {
      expect((error as TemplateError).details).toEqual([
        { path: 'title', message: TEMPLATE_MSG.unknownPlaceholder, name: 'case.secret' },
      ])
      expect((error as TemplateError).issues).toEqual([
        { path: 'title', message: TEMPLATE_MSG.unknownPlaceholder },
      ])
    }
  })

  it('refuses removing a required field from the wording', () => {
    const t = copy()
    t.blocks = t.blocks.map((b) =>
      b.type === 'paragraph' ? { ...b, text: b.text.replaceAll('{{agreement.totalCapitals}}', '') } : b,
    )
    const result = checkOverride('agreement', t, agreement)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues).toContainEqual(
      expect.objectContaining({ message: TEMPLATE_MSG.requiredMissing, name: 'agreement.totalCapitals' }),
    )
  })

  it('refuses structural changes, another kind, and malformed input', () => {
    const removed = copy()
    removed.blocks = removed.blocks.filter((b) => b.type !== 'seal')
    const result = checkOverride('agreement', removed, agreement)
    expect(!result.ok && result.issues).toContainEqual({
      path: 'blocks',
      message: TEMPLATE_MSG.structureChanged,
    })
    const noFingerprint = copy()
    noFingerprint.blocks = noFingerprint.blocks.map((b) =>
      b.type === 'signatures' ? { ...b, slots: b.slots.map((s) => ({ ...s, fingerprint: false })) } : b,
    )
    expect(checkOverride('agreement', noFingerprint, agreement).ok).toBe(false)
    expect(checkOverride('application', copy(), BUILT_IN_TEMPLATES.application)).toMatchObject({
      ok: false,
      issues: [{ path: 'kind', message: TEMPLATE_MSG.kindMismatch }],
    })
    expect(checkOverride('agreement', { ...copy(), blocks: 'x' }, agreement).ok).toBe(false)
    expect(checkOverride('agreement', { ...copy(), script: 'alert(1)' }, agreement).ok).toBe(false)
  })
})
