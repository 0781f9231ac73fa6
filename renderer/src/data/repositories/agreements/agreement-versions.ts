/** Opening versions of a case's agreement: the first draft, and corrections that carry a reason. */
import { z } from 'zod'
import type { Agreement } from '../../../domain/documents/agreement'
import { checkSupersede } from '../../../domain/documents/agreement-lifecycle'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { parseOrThrow } from '../../../domain/shared/errors'
import { MSG } from '../../../domain/shared/messages'
import type { AgreementTable } from './agreement-table'
import { refuse, type AgreementContext } from './context'

const reasonSchema = z.string().trim().min(1, MSG.required).max(1000, MSG.tooLong)
const OPEN_STATUSES = new Set(['draft', 'signed'])

export function createAgreementVersions(ctx: AgreementContext, table: AgreementTable) {
  const { access, need, target } = ctx
  const { load, addVersion } = table

  return {
    /** The first version, from the case's latest written agreement record. Later ones are corrections. */
    async createDraft(caseId: string): Promise<Agreement> {
      need('case:update')
      return addVersion(
        caseId,
        null,
        (versions) => {
          if (versions.some((v) => OPEN_STATUSES.has(v.status))) refuse(SIGNING_MSG.openVersionExists)
          if (versions.some((v) => v.status === 'effective')) refuse(SIGNING_MSG.useCorrection)
        },
        (draft) => ({
          actor: access.actor,
          action: 'agreement.create',
          target: target(draft),
          details: { caseNo: draft.caseNo, version: draft.version },
        }),
      )
    },

    /**
     * A correction: a new draft version from the case's latest agreement record, carrying the reason.
     * The version it corrects stays in effect (and readable) until the correction takes effect.
     */
    async supersede(id: string, reason: string): Promise<Agreement> {
      need('case:update')
      const why = parseOrThrow(reasonSchema, reason)
      const { agreement } = await load(id)
      return addVersion(
        agreement.caseId,
        { id, version: agreement.version, reason: why },
        (versions) => {
          const open = versions.some((v) => OPEN_STATUSES.has(v.status))
          const current = versions.find((v) => v.id === id)
          const problem = checkSupersede({ status: current?.status ?? agreement.status }, open)
          if (problem) refuse(problem)
        },
        (draft) => ({
          actor: access.actor,
          action: 'agreement.supersede',
          target: target(draft),
          details: { caseNo: draft.caseNo, from: agreement.version, to: draft.version },
        }),
      )
    },
  }
}
