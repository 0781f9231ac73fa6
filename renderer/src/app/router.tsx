/**
 * Routes. A hash router works the same under the app:// scheme, a static preview server and tests,
 * with no server-side fallback needed.
 */
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

export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'cases', element: <CaseListPage /> },
        { path: 'cases/new', element: <CaseRegisterPage /> },
        { path: 'cases/:id', element: <CaseDetailPage /> },
        { path: 'persons/:id', element: <PersonPage /> },
        { path: 'deadlines', element: <DeadlinesPage /> },
        { path: 'documents', element: <DocumentsPage /> },
        { path: 'counselling/*', element: <CounsellingArea /> },
        { path: 'statistics', element: <StatisticsPage /> },
        { path: 'export', element: <ExportPage /> },
        { path: 'users', element: <UsersPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ])
}
