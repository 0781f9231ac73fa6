/**
 * Roles and what each may do. One person may hold several roles; a permission is granted if any of
 * their roles grants it. Enforced in the repositories, not only by hiding buttons.
 */

export const ROLES = ['admin', 'mediator', 'judicial', 'counsellor'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'case:read',
  'case:create',
  'case:update',
  'user:manage',
  'audit:read',
  'settings:manage',
  'counselling:own',
  'statistics:read',
  'seal:apply',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/**
 * Administrators manage the workspace and may read cases (exports and backups need them) but do
 * not register or edit them. Counsellors see no mediation case at all, and nobody but the
 * counsellor sees counselling notes.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['case:read', 'user:manage', 'audit:read', 'settings:manage', 'statistics:read', 'seal:apply'],
  mediator: ['case:read', 'case:create', 'case:update', 'statistics:read'],
  judicial: ['case:read', 'case:update', 'statistics:read', 'seal:apply'],
  counsellor: ['counselling:own'],
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission))
}

export class PermissionError extends Error {
  constructor(readonly permission: Permission) {
    super(`permission denied: ${permission}`)
    this.name = 'PermissionError'
  }
}

export function requirePermission(roles: readonly Role[], permission: Permission): void {
  if (!can(roles, permission)) throw new PermissionError(permission)
}
