/** Evidence attachments of a case: checked, sealed whole (name, type and bytes), audited. */
import {
  checkAttachment,
  DEFAULT_ATTACHMENT_CATEGORY,
  isAttachmentCategory,
  type AttachmentCategory,
  type AttachmentSummary,
  type AttachmentType,
} from '../../../domain/cases/attachment'
import { ValidationError } from '../../../domain/shared/errors'
import { MSG } from '../../../domain/shared/messages'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

const TABLE = 'attachments'

interface AttachmentBody {
  name: string
  type: AttachmentType
  data: Uint8Array
  /** Absent on attachments stored before categories existed (evidence). */
  category?: AttachmentCategory
}

export function createCaseAttachments(
  ctx: CaseContext,
): Pick<CaseRepository, 'addAttachment' | 'attachments' | 'openAttachment'> {
  const { db, codec, audit, access, now, newId, need } = ctx

  async function open(id: string): Promise<AttachmentSummary & { data: Uint8Array }> {
    const row = await db.attachments.get(id)
    if (!row) throw new ValidationError([{ path: 'id', message: MSG.required }])
    const body = (await codec.open(TABLE, row.id, row.body)) as AttachmentBody
    return {
      id: row.id,
      caseId: row.caseId,
      createdAt: row.createdAt,
      size: row.size,
      name: body.name,
      type: body.type,
      category: isAttachmentCategory(body.category) ? body.category : DEFAULT_ATTACHMENT_CATEGORY,
      data: body.data,
    }
  }

  return {
    async addAttachment(
      caseId: string,
      file: { name: string; data: Uint8Array; category?: AttachmentCategory },
    ): Promise<AttachmentSummary> {
      need('case:update')
      const check = checkAttachment(file.data)
      if (!check.ok) {
        const message = {
          empty: MSG.required,
          'too-large': MSG.attachmentTooLarge,
          type: MSG.attachmentType,
        }[check.problem]
        throw new ValidationError([{ path: 'file', message }])
      }
      if (!(await db.cases.get(caseId)))
        throw new ValidationError([{ path: 'caseId', message: MSG.required }])
      const id = newId()
      const name = file.name.slice(0, 200)
      const createdAt = now().toISOString()
      const category = file.category ?? DEFAULT_ATTACHMENT_CATEGORY
      if (!isAttachmentCategory(category))
        throw new ValidationError([{ path: 'category', message: MSG.required }])
      const body: AttachmentBody = { name, type: check.type, data: file.data, category }
      const sealed = await codec.seal(TABLE, id, body)
      await audit.commit([db.attachments], async () => ({
        entry: {
          actor: access.actor,
          action: 'case.update',
          target: { type: 'case', id: caseId },
          details: { attachment: id, size: file.data.byteLength, category },
        },
        write: () => db.attachments.add({ id, caseId, createdAt, size: file.data.byteLength, body: sealed }),
      }))
      return { id, caseId, name, type: check.type, size: file.data.byteLength, createdAt, category }
    },

    async attachments(caseId: string): Promise<AttachmentSummary[]> {
      need('case:read')
      const rows = await db.attachments
        .where('[caseId+createdAt]')
        .between([caseId, ''], [caseId, '\uffff'])
        .toArray()
      return Promise.all(
        rows.map(async (r) => {
          const { data: _bytes, ...summary } = await open(r.id)
          return summary
        }),
      )
    },

    /** The file itself, for saving or viewing: a view of evidence, audited. */
    async openAttachment(id: string): Promise<AttachmentSummary & { data: Uint8Array }> {
      need('case:read')
      const file = await open(id)
      await audit.append(access.actor, 'case.view', { type: 'case', id: file.caseId }, { attachment: id })
      return file
    },
  }
}
