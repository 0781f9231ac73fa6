/**
 * Routes. A hash router works the same under the app:// scheme, a static preview server and tests,
 * with no server-side fallback needed.
 */
import type { ReactElement } from 'react'
import type { Permission } from '../domain/auth/roles'
import { createHashRouter } from 'react-router'
import { CaseDetailPage, CaseListPage, CaseRegisterPage } from '../features/cases'
import { CounsellingArea } from '../features/counselling'
import { DeadlinesPage } from '../features/deadlines'
import { DocumentsPage } from '../features/documents'
import { ExportPage } from '../features/export'
import { PersonPage } from '../features/persons'
import { AuditPage } from '../features/audit'
import { SettingsPage } from '../features/settings'
import { StatisticsPage } from '../features/statistics'
import { UsersPage } from '../features/users'
import { RouteError } from './ErrorBoundary'
import { HomeRedirect, Shell } from './Shell'
import { NAV_ITEMS, type NavArea } from './Shell/nav-items'
import { RouteGuard } from './Shell/RouteGuard'

const NEEDS = Object.fromEntries(NAV_ITEMS.map((i) => [i.area, i.permission])) as Record<
  NavArea,
  Permission | null
>

/** The page of `area`, shown only to roles holding the permission its navigation item needs. */
function guarded(area: NavArea, element: ReactElement): ReactElement {
  const permission = NEEDS[area]
  if (!permission) return element
  return (
    <RouteGuard area={area} permission={permission}>
      {element}
    </RouteGuard>
  )
}

export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'cases', element: guarded('cases', <CaseListPage />) },
        { path: 'cases/new', element: guarded('cases', <CaseRegisterPage />) },
        { path: 'cases/:id', element: guarded('cases', <CaseDetailPage />) },
        { path: 'persons/:id', element: guarded('cases', <PersonPage />) },
        { path: 'deadlines', element: guarded('deadlines', <DeadlinesPage />) },
        { path: 'documents', element: guarded('documents', <DocumentsPage />) },
        { path: 'counselling/*', element: guarded('counselling', <CounsellingArea />) },
        { path: 'statistics', element: guarded('statistics', <StatisticsPage />) },
        { path: 'export', element: guarded('export', <ExportPage />) },
        { path: 'users', element: guarded('users', <UsersPage />) },
        { path: 'audit', element: guarded('audit', <AuditPage />) },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ])
}
