import {
  IconBriefcase,
  IconChartBar,
  IconClockExclamation,
  IconFileText,
  IconHeartHandshake,
  IconListCheck,
  IconPackageExport,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react'
import type { Permission } from '../../domain/auth/roles'

/**
 * The capabilities in the navigation, in the order mediation staff use them. An item shows only to
 * roles holding its permission (the repositories refuse the rest anyway).
 */
export const NAV_ITEMS = [
  { area: 'cases', path: '/cases', icon: IconBriefcase, permission: 'case:read' },
  { area: 'deadlines', path: '/deadlines', icon: IconClockExclamation, permission: 'case:read' },
  { area: 'documents', path: '/documents', icon: IconFileText, permission: 'case:read' },
  { area: 'counselling', path: '/counselling', icon: IconHeartHandshake, permission: 'counselling:own' },
  { area: 'statistics', path: '/statistics', icon: IconChartBar, permission: 'statistics:read' },
  { area: 'export', path: '/export', icon: IconPackageExport, permission: 'settings:manage' },
  { area: 'users', path: '/users', icon: IconUsers, permission: 'user:manage' },
  { area: 'audit', path: '/audit', icon: IconListCheck, permission: 'audit:read' },
  { area: 'settings', path: '/settings', icon: IconSettings, permission: null },
] as const satisfies readonly { area: string; path: string; icon: unknown; permission: Permission | null }[]

export type NavArea = (typeof NAV_ITEMS)[number]['area']
