/**
 * The bodies that issue documents in this room (issue 14 item 1): the 人民调解委员会, 行政机关 each
 * with the sectors it mediates, and 特邀调解组织 for court-linked cases. Each kind of mediation issues
 * under its own body, with its own name and case-number pattern (人调字, 行调字, …): a case takes
 * its issuing body from its kind when it is registered, and a room with no 行政机关 cannot issue
 * 行政调解 documents at all.
 *
 * The committee is the organisation itself: its name and number rule are the organisation
 * profile's (设置 → 机构, 案号规则), so there is one place for them. The other bodies are stored as
 * a list in settings.
 */
import { z } from 'zod'
import { ADMIN_SECTORS, type AdminSector, type MediationKind } from '../cases/catalogues'
import { validateCaseNumberPattern } from '../numbering/case-number'
import type { NumberingSettings } from '../numbering/numbering-settings'
import { MSG } from '../shared/messages'

export const ISSUER_TYPES = ['committee', 'administrative', 'invited'] as const
export type IssuerType = (typeof ISSUER_TYPES)[number]

/** The committee's id: every case stored before issuing bodies existed is the committee's. */
export const COMMITTEE_ID = 'committee'

/** The usual number pattern of each type (人调字 / 行调字 / 特调字). */
export const DEFAULT_ISSUER_PATTERNS: Readonly<Record<IssuerType, string>> = {
  committee: '（{year}）{org}人调字第{seq:4}号',
  administrative: '（{year}）{org}行调字第{seq:4}号',
  invited: '（{year}）{org}特调字第{seq:4}号',
}

/** i18n keys of the refusals about issuing bodies. */
export const ISSUER_MSG = {
  noAdministrative: 'validation.issuer.noAdministrative',
  sectorTaken: 'validation.issuer.sectorTaken',
  sectorsRequired: 'validation.issuer.sectorsRequired',
  duplicateId: 'validation.issuer.duplicateId',
} as const

/** A body other than the committee, as an administrator enters it (设置 → 出具文书的机构). */
export const otherBodySchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
    .refine((id) => id !== COMMITTEE_ID),
  type: z.enum(['administrative', 'invited'], MSG.choice),
  name: z.string().trim().min(1, MSG.required).max(60, MSG.tooLong),
  /** 行政机关 only: the sectors whose 行政调解 it issues (治安, 道路交通事故, …). */
  sectors: z.array(z.enum(ADMIN_SECTORS, MSG.choice)).max(ADMIN_SECTORS.length).default([]),
  pattern: z
    .string()
    .trim()
    .min(1, MSG.required)
    .refine((p) => validateCaseNumberPattern(p) === null, MSG.pattern),
  shortName: z.string().trim().min(1, MSG.required).max(12, MSG.tooLong),
})
export type OtherBody = z.output<typeof otherBodySchema>

/** The stored list: ids unique, every 行政机关 with a sector, no sector under two bodies. */
export const otherBodiesSchema = z
  .array(otherBodySchema)
  .max(12, MSG.tooLong)
  .superRefine((bodies, ctx) => {
    const ids = new Set<string>()
    const sectors = new Set<AdminSector>()
    bodies.forEach((b, i) => {
      if (ids.has(b.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: ISSUER_MSG.duplicateId })
      ids.add(b.id)
      if (b.type !== 'administrative') return
      if (b.sectors.length === 0)
        ctx.addIssue({ code: 'custom', path: [i, 'sectors'], message: ISSUER_MSG.sectorsRequired })
      for (const s of b.sectors) {
        if (sectors.has(s))
          ctx.addIssue({ code: 'custom', path: [i, 'sectors'], message: ISSUER_MSG.sectorTaken })
        sectors.add(s)
      }
    })
  })

/** A body as documents and numbering use it. */
export interface IssuingBody {
  id: string
  type: IssuerType
  name: string
  sectors: readonly AdminSector[]
  pattern: string
  shortName: string
}

/** Every body working here: the committee (from the organisation profile) first, then the others. */
export function issuingBodies(
  organisation: { name: string; numbering: NumberingSettings },
  others: readonly OtherBody[],
): IssuingBody[] {
  return [
    {
      id: COMMITTEE_ID,
      type: 'committee',
      name: organisation.name,
      sectors: [],
      pattern: organisation.numbering.pattern,
      shortName: organisation.numbering.orgShortName,
    },
    ...others.map((b) => ({ ...b, sectors: b.type === 'administrative' ? b.sectors : [] })),
  ]
}

/**
 * The body a case of this kind issues under: 人民调解 → the committee; 行政调解 → the 行政机关 of
 * its sector (null when none is configured: such a case cannot be registered here); court-linked
 * mediation → the 特邀调解组织 when one works here, else the committee.
 */
export function issuerFor(
  kind: MediationKind,
  sector: AdminSector | null,
  bodies: readonly IssuingBody[],
): IssuingBody | null {
  const committee = bodies.find((b) => b.type === 'committee') ?? null
  switch (kind) {
    case 'people':
      return committee
    case 'administrative':
      return (
        bodies.find((b) => b.type === 'administrative' && sector !== null && b.sectors.includes(sector)) ??
        null
      )
    case 'court-delegated':
    case 'court-entrusted':
      return bodies.find((b) => b.type === 'invited') ?? committee
  }
}

/** The body a stored case issues under; a body since removed falls back to its kind's body. */
export function issuerOfCase(
  c: { issuerId: string; kind: MediationKind; sector: AdminSector | null },
  bodies: readonly IssuingBody[],
): IssuingBody | null {
  return bodies.find((b) => b.id === c.issuerId) ?? issuerFor(c.kind, c.sector, bodies)
}

/** The sectors a room can register 行政调解 for (none: no 行政调解 here). */
export function administrativeSectors(bodies: readonly IssuingBody[]): AdminSector[] {
  return bodies.filter((b) => b.type === 'administrative').flatMap((b) => b.sectors)
}
