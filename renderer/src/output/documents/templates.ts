/** The built-in templates and the set in force (built-in, or an administrator's edited copy). */
import { BUILT_IN_TEMPLATES } from '../../domain/documents/builtin'
import { DOCUMENT_KINDS, type DocumentKind, type DocumentTemplate } from '../../domain/documents/template'

/** One template per document kind. */
export type TemplateSet = Readonly<Record<DocumentKind, DocumentTemplate>>

/** Every built-in template, in the order of an archive volume. */
export function listTemplates(): DocumentTemplate[] {
  return DOCUMENT_KINDS.map((k) => BUILT_IN_TEMPLATES[k])
}

export function builtInTemplate(kind: DocumentKind): DocumentTemplate {
  return BUILT_IN_TEMPLATES[kind]
}

/** The built-in set with the given edited copies in place of their built-in templates. */
export function templateSet(overrides: Partial<Record<DocumentKind, DocumentTemplate>> = {}): TemplateSet {
  return Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, overrides[k] ?? BUILT_IN_TEMPLATES[k]])) as Record<
    DocumentKind,
    DocumentTemplate
  >
}
