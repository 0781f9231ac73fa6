/**
 * The dispute-type catalogue: the 15 reported types (DISPUTE_TYPES) are fixed — statistics and the
 * district bundle report them — and an administrator adds local sub-types, each mapped to one of
 * them (物业费纠纷 → 物业; 土地承包经营权 → 山林土地…). A sub-type is never deleted once it exists:
 * it is retired, so new cases no longer offer it and old cases still show it.
 */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import { DISPUTE_TYPES, type DisputeType } from './catalogues'

export const CATALOGUE_MSG = {
  duplicateLabel: 'caseRules.duplicateSubtype',
  removed: 'caseRules.subtypeRemoved',
  parentChanged: 'caseRules.subtypeParentChanged',
  unknownSubtype: 'caseRules.unknownSubtype',
  retiredSubtype: 'caseRules.retiredSubtype',
  subtypeParent: 'caseRules.subtypeParent',
} as const

export const disputeSubtypeSchema = z.object({
  id: z.string().trim().min(1, MSG.required).max(60, MSG.tooLong),
  label: z.string().trim().min(1, MSG.required).max(30, MSG.tooLong),
  parent: z.enum(DISPUTE_TYPES, MSG.choice),
  retired: z.boolean().default(false),
})
export type DisputeSubtype = z.output<typeof disputeSubtypeSchema>

export const disputeCatalogueSchema = z
  .array(disputeSubtypeSchema)
  .max(300, MSG.tooLong)
  .superRefine((list, ctx) => {
    const ids = new Set<string>()
    const labels = new Set<string>()
    list.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: CATALOGUE_MSG.duplicateLabel })
      ids.add(s.id)
      const key = `${s.parent}|${s.label}`
      if (!s.retired && labels.has(key))
        ctx.addIssue({ code: 'custom', path: [i, 'label'], message: CATALOGUE_MSG.duplicateLabel })
      if (!s.retired) labels.add(key)
    })
  })
export type DisputeCatalogue = z.output<typeof disputeCatalogueSchema>
export type DisputeCatalogueInput = z.input<typeof disputeCatalogueSchema>

/** Refusals of a new catalogue against the stored one: nothing removed, no sub-type moved to another type. */
export function catalogueChangeIssues(
  before: DisputeCatalogue,
  after: DisputeCatalogue,
): { path: string; message: string }[] {
  const next = new Map(after.map((s, i) => [s.id, { s, i }]))
  const issues: { path: string; message: string }[] = []
  for (const old of before) {
    const now = next.get(old.id)
    if (!now) issues.push({ path: 'catalogue', message: CATALOGUE_MSG.removed })
    else if (now.s.parent !== old.parent)
      issues.push({ path: `${now.i}.parent`, message: CATALOGUE_MSG.parentChanged })
  }
  return issues
}

/** Why a registration's sub-type is refused (an i18n key), or null: it must exist, be active and sit under the type. */
export function subtypeRefusal(
  catalogue: DisputeCatalogue,
  disputeType: DisputeType,
  id: string,
): string | null {
  if (!id) return null
  const entry = catalogue.find((s) => s.id === id)
  if (!entry) return CATALOGUE_MSG.unknownSubtype
  if (entry.retired) return CATALOGUE_MSG.retiredSubtype
  if (entry.parent !== disputeType) return CATALOGUE_MSG.subtypeParent
  return null
}

/** The sub-types new cases may choose, under each reported type. */
export function activeSubtypes(catalogue: DisputeCatalogue, parent?: DisputeType): DisputeSubtype[] {
  return catalogue.filter((s) => !s.retired && (!parent || s.parent === parent))
}
