/** What the counselling forms share: their props, defaults, and saving a note (new or a draft). */
import dayjs from 'dayjs'
import type { CounsellingRecordInput, Repositories } from '../../../data'
import type { CreatableKind } from '../../../domain/counselling/catalogues'
import type { CounsellingRecord } from '../../../domain/counselling/records'

export interface CounsellingFormProps {
  clientId: string
  /** A draft note being edited. */
  record?: CounsellingRecord
  onDone: () => void
  onCancel: () => void
}

export const today = (): string => dayjs().format('YYYY-MM-DD')
export const nowLocal = (): string => dayjs().format('YYYY-MM-DDTHH:mm')

/** The draft's data as form values, or the defaults. */
export function startFrom<V extends object>(record: CounsellingRecord | undefined, defaults: V): V {
  return record ? { ...defaults, ...record.data } : defaults
}

/** Saves a new record, or changes a draft; `sign` then locks it. */
export function noteSaver<K extends CreatableKind>(
  counselling: Repositories['counselling'],
  kind: K,
  clientId: string,
  record?: CounsellingRecord,
) {
  return async (data: CounsellingRecordInput<K>, sign: boolean): Promise<void> => {
    if (record) {
      await counselling.updateRecord(record.id, data)
      if (sign) await counselling.signRecord(record.id)
    } else await counselling.addRecord(clientId, kind, data, { sign })
  }
}
