/**
 * Routes. A hash router works the same under the app:// scheme, a static preview server and tests,
 * with no server-side fallback needed.
 */
import { createHashRouter, Navigate } from 'react-router'
import { CaseDetailPage, CaseListPage, CaseRegisterPage } from '../features/cases'
import { SettingsPage } from '../features/settings'
import { RouteError } from './ErrorBoundary'
import { NotBuiltPage } from './NotBuiltPage'
import { Shell } from './Shell'

export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/cases" replace /> },
        { path: 'cases', element: <CaseListPage /> },
        { path: 'cases/new', element: <CaseRegisterPage /> },
        { path: 'cases/:id', element: <CaseDetailPage /> },
        { path: 'deadlines', element: <NotBuiltPage area="deadlines" /> },
        { path: 'documents', element: <NotBuiltPage area="documents" /> },
        { path: 'counselling', element: <NotBuiltPage area="counselling" /> },
        { path: 'statistics', element: <NotBuiltPage area="statistics" /> },
        { path: 'export', element: <NotBuiltPage area="export" /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ])
}
