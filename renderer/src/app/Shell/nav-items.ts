import {
  IconBriefcase,
  IconChartBar,
  IconClockExclamation,
  IconFileText,
  IconHeartHandshake,
  IconPackageExport,
  IconSettings,
} from '@tabler/icons-react'

/** The capabilities in the navigation, in the order mediation staff use them. */
export const NAV_ITEMS = [
  { area: 'cases', path: '/cases', icon: IconBriefcase },
  { area: 'deadlines', path: '/deadlines', icon: IconClockExclamation },
  { area: 'documents', path: '/documents', icon: IconFileText },
  { area: 'counselling', path: '/counselling', icon: IconHeartHandshake },
  { area: 'statistics', path: '/statistics', icon: IconChartBar },
  { area: 'export', path: '/export', icon: IconPackageExport },
  { area: 'settings', path: '/settings', icon: IconSettings },
] as const

export type NavArea = (typeof NAV_ITEMS)[number]['area']
