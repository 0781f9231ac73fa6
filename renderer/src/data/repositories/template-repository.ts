/**
 * Document templates in force: the built-in ones (templates/*.json), or an administrator's edited
 * copy stored in `settings` under `template:<kind>`. Templates are wording, not personal data, so
 * they are stored plain. Anyone unlocked may read them; saving and reverting need
 * `settings:manage` and are audited.
 */
import { requirePermission, type Role } from '../../domain/auth/roles'
import { BUILT_IN_TEMPLATES } from '../../domain/documents/builtin'
import { checkOverride, parseOverride } from '../../domain/documents/override'
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentTemplate,
  type DocumentTemplateInput,
} from '../../domain/documents/template'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { MediationDb } from '../schema'

export const TEMPLATE_KEY_PREFIX = 'template:'
const keyOf = (kind: DocumentKind) => `${TEMPLATE_KEY_PREFIX}${kind}`

/** What is stored: the edited template, and which built-in version it was copied from. */
interface StoredOverride {
  template: unknown
  basedOnVersion: number
  updatedAt: string
  updatedBy: string
}

export interface TemplateInfo {
  kind: DocumentKind
  title: string
  /** Version of the template in force. */
  version: number
  builtInVersion: number
  custom: boolean
  /** The built-in has a newer version than the one the edited copy was made from. */
  outdated: boolean
  updatedAt: string | null
}

export interface TemplateDeps {
  db: MediationDb
  access: { roles: readonly Role[]; actor: Actor }
  audit: AuditLog
  now?: () => Date
}

/** Document templates in force: built in, or an administrator's edited copy. */
export interface TemplateRepository {
  list(): Promise<TemplateInfo[]>
  /** Every template in force, by kind. */
  all(): Promise<Record<DocumentKind, DocumentTemplate>>
  get(kind: DocumentKind): Promise<DocumentTemplate>
  builtIn(kind: DocumentKind): Promise<DocumentTemplate>
  /** Stores an edited copy; refuses (TemplateError, nothing stored) anything but a valid rewording. */
  save(kind: DocumentKind, template: DocumentTemplateInput): Promise<DocumentTemplate>
  /** Back to the built-in template: the edited copy is removed. */
  revert(kind: DocumentKind): Promise<DocumentTemplate>
}

export function createTemplateRepository({
  db,
  access,
  audit,
  now = () => new Date(),
}: TemplateDeps): TemplateRepository {
  const manage = () => requirePermission(access.roles, 'settings:manage')

  /** The stored copy of a kind when it still passes every check (else the built-in is used). */
  function usable(
    kind: DocumentKind,
    value: unknown,
  ): { template: DocumentTemplate; stored: StoredOverride } | null {
    const stored = value as StoredOverride | undefined
    if (!stored || typeof stored !== 'object') return null
    const check = checkOverride(kind, stored.template, BUILT_IN_TEMPLATES[kind])
    return check.ok ? { template: check.template, stored } : null
  }

  async function overrides(): Promise<
    Map<DocumentKind, { template: DocumentTemplate; stored: StoredOverride }>
  > {
    const rows = await db.settings.where('key').startsWith(TEMPLATE_KEY_PREFIX).toArray()
    const out = new Map<DocumentKind, { template: DocumentTemplate; stored: StoredOverride }>()
    for (const row of rows) {
      const kind = row.key.slice(TEMPLATE_KEY_PREFIX.length) as DocumentKind
      if (!DOCUMENT_KINDS.includes(kind)) continue
      const found = usable(kind, row.value)
      if (found) out.set(kind, found)
    }
    return out
  }

  return {
    async list() {
      const custom = await overrides()
      return DOCUMENT_KINDS.map((kind) => {
        const builtIn = BUILT_IN_TEMPLATES[kind]
        const own = custom.get(kind)
        return {
          kind,
          title: (own?.template ?? builtIn).title,
          version: (own?.template ?? builtIn).version,
          builtInVersion: builtIn.version,
          custom: own !== undefined,
          outdated: own !== undefined && own.stored.basedOnVersion < builtIn.version,
          updatedAt: own?.stored.updatedAt ?? null,
        }
      })
    },

    /** Every template in force, by kind. */
    async all() {
      const custom = await overrides()
      return Object.fromEntries(
        DOCUMENT_KINDS.map((k) => [k, custom.get(k)?.template ?? BUILT_IN_TEMPLATES[k]]),
      ) as Record<DocumentKind, DocumentTemplate>
    },

    async get(kind) {
      const row = await db.settings.get(keyOf(kind))
      return usable(kind, row?.value)?.template ?? BUILT_IN_TEMPLATES[kind]
    },

    /** Async like every repository method (the workspace answers a locked session with a rejection). */
    builtIn: async (kind) => BUILT_IN_TEMPLATES[kind],

    /** Stores an edited copy; refuses (TemplateError, nothing stored) anything but a valid rewording. */
    async save(kind, input) {
      manage()
      const builtIn = BUILT_IN_TEMPLATES[kind]
      const template = parseOverride(kind, input, builtIn)
      const stored: StoredOverride = {
        template: { ...template, version: builtIn.version },
        basedOnVersion: builtIn.version,
        updatedAt: now().toISOString(),
        updatedBy: access.actor.id,
      }
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: keyOf(kind) },
          details: { template: 'save' },
        },
        write: () => db.settings.put({ key: keyOf(kind), value: stored }),
      }))
      return { ...template, version: builtIn.version }
    },

    /** Back to the built-in template: the edited copy is removed. */
    async revert(kind) {
      manage()
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: keyOf(kind) },
          details: { template: 'revert' },
        },
        write: () => db.settings.delete(keyOf(kind)),
      }))
      return BUILT_IN_TEMPLATES[kind]
    },
  }
}
