/**
 * A record form is the shared form engine set up for one record kind: checked with the kind's
 * schema, saved through `cases.addRecord`, in the records' words and test ids, optionally keeping
 * a sealed draft (shown as restored above the fields).
 */
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { FormFrameProps } from '../../components/FormFrame'
import { recordSchemaOf } from '../../domain/cases/records'
import { DraftRestoredNotice } from '../shared/forms/DraftRestoredNotice'
import { useSchemaForm, type SchemaFormOptions } from '../shared/forms/use-schema-form'
import { useRepositories } from '../shared/services'
import type { FormKind } from './form-support'
import { useRecordFollowUp } from './record-follow-up'
import { errorMessage } from '../shared/error-message'

export type { Conversion } from '../shared/forms/use-schema-form'

export interface RecordFormOptions<V, K extends FormKind = FormKind> extends Pick<
  SchemaFormOptions<V, 'save'>,
  'initialValues' | 'toData' | 'fieldOf' | 'draft' | 'onDone'
> {
  kind: K
  caseId: string
}

export function useRecordForm<V extends object, K extends FormKind = FormKind>({
  kind,
  caseId,
  ...options
}: RecordFormOptions<V, K>) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const schema = recordSchemaOf(kind)
  const followUp = useRecordFollowUp()
  const { form, submit, saving, failure, draft } = useSchemaForm<V, 'save' | 'step', typeof schema>({
    ...options,
    schema,
    save: async (data, action) => {
      await cases.addRecord(caseId, kind, data)
      followUp.afterSave?.(kind, data)
      if (action !== 'step' || !followUp.step) return
      // The record is kept whatever the step does: a refused step is said, never a lost record.
      try {
        await followUp.step.run()
      } catch {
        notifications.show({ color: 'red', message: t('workflow.stepFailedAfterSave') })
      }
    },
    savedMessage: (action) =>
      action === 'step' && followUp.step
        ? t('workflow.savedAndStep', { kind: t(`records.kinds.${kind}`), step: followUp.step.done })
        : t('records.saved', { kind: t(`records.kinds.${kind}`) }),
    fixErrors: 'records.fixErrors',
    failureMessage: errorMessage,
  })
  const frame: Omit<FormFrameProps, 'children' | 'onCancel'> = {
    testId: `record-form-${kind}`,
    onSubmit: () => submit('save'),
    submitLabel: t('records.save'),
    submitHint: t('records.saveHint'),
    ...(followUp.step
      ? { secondary: { label: followUp.step.label, onClick: () => submit('step') }, submitVariant: 'default' }
      : {}),
    cancelLabel: t('records.cancel'),
    saving,
    failure,
    failureTestId: 'record-form-failure',
    notice: <DraftRestoredNotice draft={draft} />,
  }
  return { form, frame }
}
