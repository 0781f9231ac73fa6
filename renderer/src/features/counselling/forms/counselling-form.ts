/**
 * A counselling form is the shared form engine in the counselling room's words and test ids: a
 * note is saved as a draft or saved and signed, a record that is final when made has one save.
 * Unlike mediation forms, nothing typed here is kept as a draft: drafts are sealed with the
 * workspace key, and counselling text must only ever be sealed with the counsellor's own. So these
 * options have no `draft`, and they are handed to the engine one by one: none can slip through.
 */
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { FormFrameProps } from '../../../components/FormFrame'
import { useSchemaForm, type SchemaFormOptions } from '../../shared/forms/use-schema-form'
import { counsellingErrorMessage } from '../counselling-messages'

/** A note's draft is saved, or saved and signed; a final record is signed as it is saved. */
export type CounsellingAction = 'save' | 'sign'

export interface CounsellingFormOptions<V, S extends z.ZodType = z.ZodType> extends Pick<
  SchemaFormOptions<V, CounsellingAction, S>,
  'schema' | 'initialValues' | 'toData' | 'onDone'
> {
  /** `data-testid` of the form. */
  testId: string
  /** Notes: a draft may be saved, or saved and signed. Otherwise one final save. */
  signable: boolean
  save: (data: z.input<S>, sign: boolean) => Promise<unknown>
  /** The i18n key of the message shown after saving, when "saved" does not say enough. */
  savedMessage?: string
  /** The final save button's text, when "save" does not say what happens. */
  submitLabel?: string
}

export function useCounsellingForm<V extends object, S extends z.ZodType = z.ZodType>(
  options: CounsellingFormOptions<V, S>,
) {
  const { testId, signable, save, savedMessage, submitLabel, schema, initialValues, toData, onDone } = options
  const { t } = useTranslation()
  const { form, submit, saving, failure } = useSchemaForm<V, CounsellingAction, S>({
    schema,
    initialValues,
    toData,
    onDone,
    save: (data, action) => save(data, action === 'sign'),
    savedMessage: (action) =>
      t(savedMessage ?? (action === 'sign' ? 'counselling.signedDone' : 'counselling.saved')),
    fixErrors: 'counselling.fixErrors',
    failureMessage: counsellingErrorMessage,
  })
  const base = { testId, saving, failure, failureTestId: 'counselling-form-failure' }
  const frame: Omit<FormFrameProps, 'children' | 'onCancel'> = signable
    ? {
        ...base,
        // Ctrl+Enter saves a draft: signing is always a deliberate click.
        onSubmit: () => submit('save'),
        submitLabel: t('counselling.save'),
        submitVariant: 'light',
        secondary: { label: t('counselling.saveAndSign'), onClick: () => submit('sign') },
        cancelLabel: t('counselling.cancel'),
      }
    : {
        ...base,
        onSubmit: () => submit('sign'),
        submitLabel: submitLabel ?? t('counselling.saveFinal'),
        cancelLabel: t('counselling.cancel'),
      }
  return { form, frame }
}
