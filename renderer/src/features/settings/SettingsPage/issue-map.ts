/** A refused save's issues by field path ("3.label" → message), translated, for a table of rows. */
import type { TFunction } from 'i18next'
import { ValidationError } from '../../../domain/shared/errors'

export interface RowIssues {
  byPath: Record<string, string>
  /** An issue that names no row's field (the list as a whole), or an unexpected failure. */
  general: string | null
}

export function rowIssues(err: unknown, t: TFunction): RowIssues {
  if (!(err instanceof ValidationError)) return { byPath: {}, general: t('errors.unknown') }
  const byPath: Record<string, string> = {}
  let general: string | null = null
  for (const issue of err.issues) {
    if (/^(\w+\.)?\d+\./.test(issue.path)) byPath[issue.path] ??= t(issue.message)
    else general ??= t(issue.message)
  }
  return { byPath, general }
}
