/**
 * An administrator's edited copy of a built-in template: only the wording may change (titles,
 * paragraph texts, labels, headers), every placeholder must name a documented field, and every
 * required field must still be printed. Anything else is refused with the path and the name of
 * the offending placeholder.
 */
import { ValidationError } from '../shared/errors'
import {
  checkTemplate,
  documentTemplateSchema,
  templateShape,
  TEMPLATE_MSG,
  type DocumentKind,
  type DocumentTemplate,
  type TemplateIssue,
} from './template'

export class TemplateError extends ValidationError {
  constructor(readonly details: TemplateIssue[]) {
    super(details.map(({ path, message }) => ({ path, message })))
    this.name = 'TemplateError'
  }
}

export type OverrideCheck = { ok: true; template: DocumentTemplate } | { ok: false; issues: TemplateIssue[] }

/** Checks an edited copy of `builtIn` (the built-in template of `kind`). */
export function checkOverride(kind: DocumentKind, input: unknown, builtIn: DocumentTemplate): OverrideCheck {
  const parsed = documentTemplateSchema.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: TEMPLATE_MSG.invalid,
      })),
    }
  }
  const template = parsed.data
  if (template.kind !== kind) {
    return { ok: false, issues: [{ path: 'kind', message: TEMPLATE_MSG.kindMismatch }] }
  }
  const issues = checkTemplate(template)
  if (templateShape({ ...template, version: builtIn.version }) !== templateShape(builtIn)) {
    issues.push({ path: 'blocks', message: TEMPLATE_MSG.structureChanged })
  }
  return issues.length ? { ok: false, issues } : { ok: true, template }
}

/** The checked copy, or a TemplateError naming every problem. */
export function parseOverride(
  kind: DocumentKind,
  input: unknown,
  builtIn: DocumentTemplate,
): DocumentTemplate {
  const result = checkOverride(kind, input, builtIn)
  if (!result.ok) throw new TemplateError(result.issues)
  return result.template
}
