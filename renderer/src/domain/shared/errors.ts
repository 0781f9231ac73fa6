/** An input a person (or a file) gave was refused. `issues` carry i18n keys and field paths only. */
import type { z } from 'zod'

export interface FieldIssue {
  path: string
  message: string
}

export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super('validation failed')
    this.name = 'ValidationError'
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    )
  }
}

/** Parses or throws a ValidationError whose messages are i18n keys. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw ValidationError.fromZod(result.error)
  return result.data
}
