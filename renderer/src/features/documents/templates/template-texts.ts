/**
 * The editable texts of a template, each with a label an administrator understands ("Part 3:
 * paragraph") and a way to write a changed text back into a copy of the template.
 */
import type { TFunction } from 'i18next'
import { templateTexts, type DocumentTemplate, type TableLayout } from '../../../domain/documents/template'

export interface EditableText {
  path: string
  text: string
  label: string
  /** Long texts get a multi-line box. */
  long: boolean
  /** Item placeholders allowed here besides the scalar fields. */
  scope: string[]
}

export function editableTexts(template: DocumentTemplate, t: TFunction): EditableText[] {
  return templateTexts(template).map(({ path, text, scope }) => {
    const parts = path.split('.')
    const index = Number(parts[1])
    const n = index + 1
    const block = template.blocks[index]
    const sub = Number(parts[3]) + 1
    let label: string
    let long = false
    if (path === 'title' || !block) {
      label = t('templates.textLabel.title')
    } else if (block.type === 'heading') {
      label = t('templates.textLabel.heading', { n })
    } else if (block.type === 'paragraph') {
      label = t('templates.textLabel.paragraph', { n })
      long = true
    } else if (block.type === 'repeat') {
      long = parts[2] === 'text'
      label = long
        ? t('templates.textLabel.repeat', { n, source: t(`templates.sources.${block.over}`) })
        : t('templates.textLabel.repeatEmpty', { n })
    } else if (block.type === 'fields') {
      long = parts[4] === 'value'
      label = t(long ? 'templates.textLabel.fieldValue' : 'templates.textLabel.fieldLabel', { n, row: sub })
    } else if (block.type === 'table') {
      if (parts[2] === 'empty') label = t('templates.textLabel.tableEmpty', { n })
      else if (parts[2] === 'paragraph') {
        label = t('templates.textLabel.tableParagraph', { n })
        long = true
      } else if (parts[4] === 'header') label = t('templates.textLabel.columnHeader', { n, col: sub })
      else label = t('templates.textLabel.columnValue', { n, col: sub })
    } else if (block.type === 'signatures') {
      label = t('templates.textLabel.slotLabel', { n, slot: sub })
    } else {
      label = t('templates.textLabel.sealLine', { n, line: Number(parts[3]) + 1 })
    }
    return { path, text, label, long, scope }
  })
}

/** A copy of `template` with the text at `path` replaced. */
export function withText(template: DocumentTemplate, path: string, value: string): DocumentTemplate {
  const copy = structuredClone(template) as unknown as Record<string, unknown>
  const keys = path.split('.')
  let target: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>
  target[keys.at(-1) ?? ''] = value
  return copy as unknown as DocumentTemplate
}

/** The table blocks of a template (by index) and how each prints its items. */
export function tableLayouts(template: DocumentTemplate): { index: number; layout: TableLayout }[] {
  return template.blocks.flatMap((b, index) => (b.type === 'table' ? [{ index, layout: b.layout }] : []))
}

/** A copy of `template` whose table block `index` prints as `layout`. */
export function withLayout(template: DocumentTemplate, index: number, layout: TableLayout): DocumentTemplate {
  const copy = structuredClone(template)
  const block = copy.blocks[index]
  if (block?.type === 'table') block.layout = layout
  return copy
}
