/**
 * One counselling form's plumbing: a Mantine form checked with the kind's zod schema (messages
 * translated), a save that may also sign, refusals shown at the fields, then `onDone`. Unlike
 * mediation forms, nothing typed here is kept as a draft: drafts are sealed with the workspace key,
 * and counselling text must only ever be sealed with the counsellor's own.
 */
import { schemaResolver, useForm, type FormErrors } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ValidationError } from '../../../domain/shared/errors'
import { errorsFromValidation, translateErrors } from '../../shared/form-errors'
import { counsellingErrorMessage } from '../counselling-messages'

export interface CounsellingFormOptions<V, S extends z.ZodType> {
  schema: S
  initialValues: () => V
  /** Turns form values into what the schema checks (defaults to the values themselves). */
  toData?: (values: V) => unknown
  /** Gets the data once the schema has passed it: what the repository takes (and checks again). */
  save: (data: z.input<S>, sign: boolean) => Promise<unknown>
  onDone: () => void
  /** The i18n key of the message shown after saving, when "saved" does not say enough. */
  savedMessage?: string
}

export function useCounsellingForm<V extends object, S extends z.ZodType>(
  options: CounsellingFormOptions<V, S>,
) {
  const { t } = useTranslation()
  const [initialValues] = useState(options.initialValues)
  const [resolve] = useState(() => schemaResolver(options.schema, { sync: true }))
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const toData = (values: V) => (options.toData ? options.toData(values) : values)

  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: (values) => translateErrors(resolve(toData(values)) as FormErrors, t),
  })

  const run = (sign: boolean) =>
    form.onSubmit(
      async (values) => {
        if (saving) return
        setFailure(null)
        setSaving(true)
        try {
          // onSubmit runs only once `validate` (the schema) has passed these very values.
          await options.save(toData(values) as z.input<S>, sign)
          const message = options.savedMessage ?? (sign ? 'counselling.signedDone' : 'counselling.saved')
          notifications.show({ color: 'green', message: t(message) })
          options.onDone()
        } catch (error) {
          if (error instanceof ValidationError) {
            form.setErrors(errorsFromValidation(error, t))
            // A refusal about the record as a whole (no consent yet, already signed) has no field to sit at.
            const general = error.issues.filter((i) => !i.path).map((i) => t(i.message))
            setFailure(general.length ? general.join('；') : t('counselling.fixErrors'))
          } else setFailure(counsellingErrorMessage(error, t))
        } finally {
          setSaving(false)
        }
      },
      () => setFailure(t('counselling.fixErrors')),
    )

  return { form, frame: { onSave: () => run(false)(), onSign: () => run(true)(), saving, failure } }
}
