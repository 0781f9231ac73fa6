/**
 * One record form's plumbing: a Mantine form validated with the kind's zod schema (messages
 * translated), saving through `cases.addRecord`, refusals shown at the fields, a success
 * notification, an optional draft, then `onDone`.
 */
import { schemaResolver, useForm, type FormErrors } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { RECORD_SCHEMAS, type RecordInput } from '../../domain/cases/records'
import { ValidationError } from '../../domain/shared/errors'
import { errorsFromValidation, translateErrors } from '../shared/form-errors'
import { useRepositories } from '../shared/services'
import type { FormKind } from './form-support'
import { useFormDraft, type FormDraft } from './use-form-draft'

/** What a form's values become before saving, with any refusals found on the way (i18n keys). */
export interface Conversion {
  data: unknown
  errors: Record<string, string>
}

export interface RecordFormOptions<V> {
  kind: FormKind
  caseId: string
  /** Called once, when the form opens. */
  initialValues: () => V
  /** Turns form values into the record's data (amounts typed in 元 become fen, for instance). */
  toData?: (values: V) => Conversion
  /** The form field that shows a schema path's error (`terms.0.amountFen` → `terms.0.amount`). */
  fieldOf?: (path: string) => string
  /** Keeps unsaved text as this draft (restored on opening, cleared on saving). */
  draftName?: string
  reconcileDraft?: (restored: V) => V
  onDone: () => void
}

const resolvers = new Map<FormKind, (values: unknown) => FormErrors>()
function resolverOf(kind: FormKind): (values: unknown) => FormErrors {
  let resolve = resolvers.get(kind)
  if (!resolve) {
    resolve = schemaResolver(RECORD_SCHEMAS[kind], { sync: true })
    resolvers.set(kind, resolve)
  }
  return resolve
}

const identity = (path: string) => path

function moveKeys(errors: FormErrors, fieldOf: (path: string) => string): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [fieldOf(k), v]))
}

export function useRecordForm<V extends object>(options: RecordFormOptions<V>) {
  const { kind, caseId, toData, draftName, onDone } = options
  const fieldOf = options.fieldOf ?? identity
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const [initialValues] = useState(options.initialValues)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const convert = (values: V): Conversion => (toData ? toData(values) : { data: values, errors: {} })

  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const { data, errors } = convert(values)
      return translateErrors({ ...moveKeys(resolverOf(kind)(data), fieldOf), ...errors }, t)
    },
  })
  const draft: FormDraft = useFormDraft(draftName, form, initialValues, options.reconcileDraft)

  const submit = form.onSubmit(
    async (values) => {
      if (saving) return
      setFailure(null)
      setSaving(true)
      try {
        // onSubmit runs only once `validate` (the kind's schema) has passed this very data.
        await cases.addRecord(caseId, kind, convert(values).data as RecordInput<FormKind>)
        await draft.close()
        notifications.show({
          color: 'green',
          message: t('records.saved', { kind: t(`records.kinds.${kind}`) }),
        })
        onDone()
      } catch (error) {
        if (error instanceof ValidationError) {
          form.setErrors(moveKeys(errorsFromValidation(error, t), fieldOf))
          setFailure(t('records.fixErrors'))
        } else setFailure(t('errors.unknown'))
      } finally {
        setSaving(false)
      }
    },
    () => setFailure(t('records.fixErrors')),
  )

  return {
    form,
    /** Spread into RecordFormFrame. */
    frame: {
      kind,
      onSubmit: submit as (event?: FormEvent<HTMLFormElement>) => void,
      saving,
      failure,
      draft: draftName ? draft : undefined,
    },
  }
}
