/** The form of one record kind in a dialog, opened from the "添加记录" menu or a decision on the case. */
import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import type { CaseRecord } from '../../../domain/cases/records'
import { RECORD_FORMS, type RecordFormKind, type RecordFormProps } from '../../records'

export interface OpenForm {
  kind: RecordFormKind
  preset?: RecordFormProps['preset']
}

interface Props {
  caseData: Case
  records: CaseRecord[]
  open: OpenForm | null
  onClose: () => void
}

export function RecordFormModal({ caseData, records, open, onClose }: Props) {
  const { t } = useTranslation()
  const Form = open ? RECORD_FORMS[open.kind].component : null
  return (
    <Modal
      opened={open !== null}
      onClose={onClose}
      size="xl"
      title={open ? t(`records.kinds.${open.kind}`) : ''}
    >
      {Form && open && (
        <Form
          caseData={caseData}
          records={records}
          preset={open.preset}
          onDone={onClose}
          onCancel={onClose}
        />
      )}
    </Modal>
  )
}
