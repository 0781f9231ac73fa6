/**
 * Whether this workspace is a mediation room (makes bundles) or a district office (imports them).
 * A plain setting: it says nothing about anyone.
 */
import { z } from 'zod'
import type { MediationDb } from '../../schema'

export const WORKSPACE_ROLE_KEY = 'workspace-role'
export const WORKSPACE_ROLES = ['room', 'district'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]
export const workspaceRoleSchema = z.enum(WORKSPACE_ROLES)

export async function readWorkspaceRole(db: MediationDb): Promise<WorkspaceRole> {
  const parsed = workspaceRoleSchema.safeParse((await db.settings.get(WORKSPACE_ROLE_KEY))?.value)
  return parsed.success ? parsed.data : 'room'
}
