/**
 * Routes. A hash router works the same under the app:// scheme, a static preview server and tests,
 * with no server-side fallback needed.
 */
import { createHashRouter } from 'react-router'
import { CaseDetailPage, CaseListPage, CaseRegisterPage } from '../features/cases'
import { DeadlinesPage } from '../features/deadlines'
import { AuditPage } from '../features/audit'
import { SettingsPage } from '../features/settings'
import { UsersPage } from '../features/users'
import { RouteError } from './ErrorBoundary'
import { NotBuiltPage } from './NotBuiltPage'
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
        { path: 'deadlines', element: <DeadlinesPage /> },
        { path: 'documents', element: <NotBuiltPage area="documents" /> },
        { path: 'counselling', element: <NotBuiltPage area="counselling" /> },
        { path: 'statistics', element: <NotBuiltPage area="statistics" /> },
        { path: 'export', element: <NotBuiltPage area="export" /> },
        { path: 'users', element: <UsersPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ])
}
