/**
 * The form of one record kind in a dialog, opened from the "添加记录" menu, a decision on the case or
 * a step that still needs the record. A record that completes a step offers the step in the same
 * action ("保存并标记为已告知"); a 调解记录 that reached agreement opens the agreement's form next.
 */
import { Modal } from '@mantine/core'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import type { CaseRecord } from '../../../domain/cases/records'
import type { AvailableTransition } from '../../../domain/workflow/workflows'
import {
  RECORD_FORMS,
  RecordFollowUpContext,
  type RecordFollowUp,
  type RecordFormKind,
  type RecordFormProps,
} from '../../records'
import { useRepositories } from '../../shared/services'
import { formAfter, stepCompletedBy } from './follow-up-step'

export interface OpenForm {
  kind: RecordFormKind
  preset?: RecordFormProps['preset']
}

interface Props {
  caseData: Case
  records: CaseRecord[]
  transitions: AvailableTransition[]
  open: OpenForm | null
  onOpen: (form: OpenForm) => void
  onClose: () => void
}

export function RecordFormModal({ caseData, records, transitions, open, onOpen, onClose }: Props) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const next = useRef<OpenForm | null>(null)
  const Form = open ? RECORD_FORMS[open.kind].component : null
  const step = open ? stepCompletedBy(open.kind, transitions) : null
  const followUp: RecordFollowUp = {
    step: step
      ? {
          label: t('workflow.saveAndStep', { status: t(`status.${step.to}`) }),
          done: t('workflow.done', { action: t(`actions.${step.action}`) }),
          run: async () => {
            await cases.transition(caseData.id, step.action, '')
          },
        }
      : undefined,
    afterSave: (kind, data) => {
      const after = formAfter(
        kind,
        data,
        records.some((r) => r.kind === 'agreement'),
      )
      next.current = after ? { kind: after } : null
    },
  }
  const done = () => {
    const then = next.current
    next.current = null
    if (then) onOpen(then)
    else onClose()
  }
  return (
    <Modal
      opened={open !== null}
      onClose={onClose}
      size="xl"
      title={open ? t(`records.kinds.${open.kind}`) : ''}
    >
      {Form && open && (
        <RecordFollowUpContext.Provider value={followUp}>
          <Form
            key={open.kind}
            caseData={caseData}
            records={records}
            preset={open.preset}
            onDone={done}
            onCancel={onClose}
          />
        </RecordFollowUpContext.Provider>
      )}
    </Modal>
  )
}
