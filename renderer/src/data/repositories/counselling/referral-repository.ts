/**
 * Hand-offs from a mediation case to counselling. A mediator (case:update) refers one party, with
 * the party's consent recorded; only the minimum passes — name or alias, contact, reason — sealed
 * with the workspace key, because both sides must see that the link exists. The counsellor accepts
 * it into a client of their own (sealed with their own key) or declines it. The case side sees the
 * link and its status; it never sees anything of the counselling file, and the counselling side
 * sees the case number and nothing else of the case.
 */
import { requirePermission } from '../../../domain/auth/roles'
import { COUNSELLING_MSG } from '../../../domain/counselling/messages'
import {
  referralInputSchema,
  type PendingReferral,
  type ReferralInput,
  type ReferralLink,
} from '../../../domain/counselling/referral'
import type { CounsellingClient } from '../../../domain/counselling/client'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import type { RecordCodec } from '../../codec/codec'
import type { ReferralRow } from '../../schema'
import { createCounsellingContext, type CounsellingDeps } from './context'
import { CounsellingError } from './counselling-error'
import { insertClient } from './counselling-repository'
import { NO_WATCH } from './counselling-rows'

const TABLE = 'referrals'

interface ReferralBody {
  caseNo: string
  partyId: string
  name: string
  isAlias: boolean
  contact: string
  reason: string
  consent: { given: true; date: string; recordedById: string; recordedByName: string }
}

const refuse = (message: string, path = ''): never => {
  throw new ValidationError([{ path, message }])
}

/** Hand-offs from a mediation case to counselling: the case side and the counsellor's side. */
export interface ReferralRepository {
  /** From a case: refers one party, with their consent recorded by the acting user. */
  create(caseId: string, input: ReferralInput): Promise<ReferralLink>
  /** The case side: which referrals exist and where they stand — no counselling content. */
  forCase(caseId: string): Promise<ReferralLink[]>
  /** The counsellor side: referrals waiting for this counsellor, with exactly what was passed on. */
  pending(): Promise<PendingReferral[]>
  /** Accepts a referral: a client of this counsellor's own is made from the minimum passed on. */
  accept(id: string): Promise<CounsellingClient>
  decline(id: string): Promise<void>
}

export function createReferralRepository(deps: CounsellingDeps & { codec: RecordCodec }): ReferralRepository {
  const ctx = createCounsellingContext(deps)
  const { codec } = deps
  const { db, audit, access, now, newId, owner } = ctx
  const open = (row: ReferralRow) => codec.open(TABLE, row.id, row.body) as Promise<ReferralBody>

  async function ownPending(id: string): Promise<{ row: ReferralRow; body: ReferralBody }> {
    const { ownerId } = owner()
    const row = await db.referrals.get(id)
    if (!row || row.counsellorId !== ownerId) throw new CounsellingError('not-found')
    if (row.status !== 'pending') refuse(COUNSELLING_MSG.referralState)
    return { row, body: await open(row) }
  }

  return {
    /** From a case: refers one party, with their consent recorded by the acting user. */
    async create(caseId, input) {
      requirePermission(access.roles, 'case:update')
      const parsed = parseOrThrow(referralInputSchema, input)
      const caseRow = await db.cases.get(caseId)
      if (!caseRow) throw new CounsellingError('not-found')
      const counsellor = await db.users.get(parsed.counsellorId)
      if (!counsellor || counsellor.disabled || !counsellor.roles.includes('counsellor'))
        refuse(COUNSELLING_MSG.counsellor, 'counsellorId')
      const id = newId()
      const at = now().toISOString()
      const body: ReferralBody = {
        caseNo: caseRow.caseNo,
        partyId: parsed.partyId,
        name: parsed.name,
        isAlias: parsed.isAlias,
        contact: parsed.contact,
        reason: parsed.reason,
        consent: {
          given: true,
          date: parsed.consent.date,
          recordedById: access.actor.id,
          recordedByName: access.actor.username,
        },
      }
      const row: ReferralRow = {
        id,
        caseId,
        counsellorId: parsed.counsellorId,
        status: 'pending',
        createdAt: at,
        updatedAt: at,
        body: await codec.seal(TABLE, id, body),
      }
      await audit.commit([db.referrals], async () => ({
        entry: {
          actor: access.actor,
          action: 'referral.create',
          target: { type: 'referral', id },
          details: { caseNo: caseRow.caseNo },
        },
        write: () => db.referrals.add(row),
      }))
      return {
        id,
        caseId,
        counsellorId: row.counsellorId,
        partyId: body.partyId,
        status: 'pending',
        createdAt: at,
        updatedAt: at,
      }
    },

    /** The case side: which referrals exist and where they stand — no counselling content. */
    async forCase(caseId) {
      requirePermission(access.roles, 'case:read')
      const rows = await db.referrals.where('caseId').equals(caseId).sortBy('createdAt')
      return Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          caseId: r.caseId,
          counsellorId: r.counsellorId,
          partyId: (await open(r)).partyId,
          status: r.status,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
        })),
      )
    },

    /** The counsellor side: referrals waiting for this counsellor, with exactly what was passed on. */
    async pending() {
      const { ownerId } = owner()
      const rows = await db.referrals
        .where('[counsellorId+status]')
        .equals([ownerId, 'pending'])
        .sortBy('createdAt')
      return Promise.all(
        rows.map(async (r) => {
          const b = await open(r)
          return {
            id: r.id,
            caseNo: b.caseNo,
            name: b.name,
            isAlias: b.isAlias,
            contact: b.contact,
            reason: b.reason,
            consentDate: b.consent.date,
            createdAt: r.createdAt,
          }
        }),
      )
    },

    /** Accepts a referral: a client of this counsellor's own is made from the minimum passed on. */
    async accept(id) {
      const { row, body } = await ownPending(id)
      const client = await insertClient(ctx, {
        name: body.name,
        isAlias: body.isAlias,
        contact: body.contact,
        note: '',
        origin: { referralId: id, caseNo: body.caseNo, reason: body.reason },
        status: 'open',
        closedOn: '',
        watch: NO_WATCH,
      })
      await audit.commit([db.referrals], async () => ({
        entry: { actor: access.actor, action: 'referral.accept', target: { type: 'referral', id } },
        write: () => db.referrals.update(row.id, { status: 'accepted', updatedAt: now().toISOString() }),
      }))
      return client
    },

    async decline(id) {
      const { row } = await ownPending(id)
      await audit.commit([db.referrals], async () => ({
        entry: { actor: access.actor, action: 'referral.decline', target: { type: 'referral', id } },
        write: () => db.referrals.update(row.id, { status: 'declined', updatedAt: now().toISOString() }),
      }))
    },
  }
}
