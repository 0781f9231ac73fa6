/**
 * The one form engine: a Mantine form checked with a zod schema (messages translated), a save,
 * refusals shown at their fields, a general failure for the alert, a success notification, then
 * `onDone`. What differs between forms are options: how values become data (`toData`, with its own
 * refusals), which field shows a schema path's error (`fieldOf`), an optional sealed draft, and the
 * actions a form offers (a record is saved; a counselling note is saved, or saved and signed).
 */
import { schemaResolver, useForm, type FormErrors, type UseFormReturnType } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ValidationError } from '../../../domain/shared/errors'
import { errorsFromValidation, translateErrors } from '../form-errors'
import { useFormDraft, type FormDraft } from './use-form-draft'

/** What a form's values become before checking and saving, with any refusals found on the way (i18n keys). */
export interface Conversion {
  data: unknown
  errors?: Record<string, string>
}

export interface SchemaFormOptions<V, A extends string, S extends z.ZodType = z.ZodType> {
  schema: S
  /** Called once, when the form opens. */
  initialValues: () => V
  /** Turns form values into the data the schema checks and `save` receives (default: the values). */
  toData?: (values: V) => Conversion
  /** The form field that shows a schema path's error (`terms.0.amountFen` → `terms.0.amount`). */
  fieldOf?: (path: string) => string
  /**
   * Keeps unsaved text as a draft under this name — sealed with the workspace key, restored on
   * opening, cleared on saving. Leave it out for anything that must not be sealed that way.
   */
  draft?: { name: string; reconcile?: (restored: V) => V }
  /** Stores the data (it has passed `schema`); `action` is the button (or key) that asked for it. */
  save: (data: z.input<S>, action: A) => Promise<unknown>
  /** The success notification after `action`, in the user's words. */
  savedMessage: (action: A) => string
  /** The i18n key of the alert shown while fields need fixing. */
  fixErrors: string
  /** Any failure other than a refusal, in the user's words. */
  failureMessage: (error: unknown, t: TFunction) => string
  onDone: () => void
}

export interface SchemaForm<V, A extends string> {
  form: UseFormReturnType<V>
  /** Checks the form, then saves it with `action`. */
  submit: (action: A) => void
  saving: boolean
  failure: string | null
  /** The draft, when the form keeps one. */
  draft: FormDraft | undefined
}

const identity = (path: string) => path

function moveKeys(errors: FormErrors, fieldOf: (path: string) => string): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [fieldOf(k), v]))
}

export function useSchemaForm<V extends object, A extends string, S extends z.ZodType = z.ZodType>(
  options: SchemaFormOptions<V, A, S>,
): SchemaForm<V, A> {
  const { toData, onDone } = options
  const fieldOf = options.fieldOf ?? identity
  const { t } = useTranslation()
  const [initialValues] = useState(options.initialValues)
  const [resolve] = useState(() => schemaResolver(options.schema, { sync: true }))
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const convert = (values: V): Conversion => (toData ? toData(values) : { data: values })

  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const { data, errors } = convert(values)
      return translateErrors({ ...moveKeys(resolve(data), fieldOf), ...errors }, t)
    },
  })
  const draft = useFormDraft(options.draft?.name, form, initialValues, options.draft?.reconcile)

  const submit = (action: A) =>
    form.onSubmit(
      async (values) => {
        if (saving) return
        setFailure(null)
        setSaving(true)
        try {
          // The form's validation has just checked this data against `schema` (a submit that fails it
          // never gets here), so it is the schema's input; the repository parses it again.
          await options.save(convert(values).data as z.input<S>, action)
          await draft.close()
          notifications.show({ color: 'green', message: options.savedMessage(action) })
          onDone()
        } catch (error) {
          if (error instanceof ValidationError) {
            form.setErrors(moveKeys(errorsFromValidation(error, t), fieldOf))
            // A refusal about the record as a whole (no consent yet, already signed) has no field to sit at.
            const general = error.issues.filter((i) => !i.path).map((i) => t(i.message))
            setFailure(general.length ? general.join('；') : t(options.fixErrors))
          } else setFailure(options.failureMessage(error, t))
        } finally {
          setSaving(false)
        }
      },
      () => setFailure(t(options.fixErrors)),
    )()

  return { form, submit, saving, failure, draft: options.draft ? draft : undefined }
}
