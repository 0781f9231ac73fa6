/**
 * What a record form may do beyond saving, set by the page that opens it: a workflow step the
 * saved record completes, offered as a second button ("保存并标记为已告知"), and what to open next
 * once it is saved (a 调解记录 that reached agreement leads to the agreement's form).
 */
import { createContext, useContext } from 'react'
import type { FormKind } from './form-support'

export interface RecordFollowUp {
  /** A step the saved record completes: the button's words, the words once done, the step itself. */
  step?: { label: string; done: string; run: () => Promise<void> }
  /** Told what was saved, before the form closes. */
  afterSave?: (kind: FormKind, data: unknown) => void
}

export const RecordFollowUpContext = createContext<RecordFollowUp>({})

export const useRecordFollowUp = (): RecordFollowUp => useContext(RecordFollowUpContext)
