/**
 * The small record main keeps of the workspace (userData/workspace-record.json): its id, how many
 * cases it held and its audit head when the renderer last said. If the renderer ever finds an
 * empty database where this record says there were cases, the app does not offer first-run setup
 * as if nothing had been there: it says the data is missing and offers a restore.
 */
import { workspaceRecordSchema, type WorkspaceRecord } from '../../preload/schemas/security'
import { jsonFile } from './json-file'
import { z } from 'zod'

export const WORKSPACE_RECORD_FILE = 'workspace-record.json'

export interface WorkspaceRecordStore {
  get(): Promise<WorkspaceRecord | null>
  put(record: WorkspaceRecord): Promise<void>
  /** Forgets the record of this workspace (after a deliberate fresh start); another id's is kept. */
  clear(workspaceId: string): Promise<void>
}

export function createWorkspaceRecordStore(path: string): WorkspaceRecordStore {
  const file = jsonFile(path, z.object({ record: workspaceRecordSchema.nullable() }), () => ({
    record: null,
  }))
  return {
    get: async () => (await file.read()).record,
    put: (record) => file.update(() => ({ next: { record }, result: undefined })),
    clear: (workspaceId) =>
      file.update((f) => ({
        next: f.record?.workspaceId === workspaceId ? { record: null } : f,
        result: undefined,
      })),
  }
}
