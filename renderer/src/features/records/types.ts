import type { Case } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'

/** What every record form takes. */
export interface RecordFormProps {
  caseData: Case
  /** After the record is saved. */
  onDone: () => void
  /** Shows a cancel button when given. */
  onCancel?: () => void
  /** Values a decision on the case page fills in (ending a lapsed 委派 case returns its file to the court). */
  preset?: { returnToCourt?: boolean }
}

/** Forms that look at the case's records (performance is recorded against an agreement's term). */
export interface RecordFormWithRecordsProps extends RecordFormProps {
  records: readonly CaseRecord[]
}
