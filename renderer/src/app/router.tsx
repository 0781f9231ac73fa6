/**
 * Routes. A hash router works the same under the app:// scheme, a static preview server and tests,
 * with no server-side fallback needed.
 *
 * Every page — and the shell around them — is loaded on first use (react-router's `lazy`, one
 * import() per feature): the login screen needs none of them, so cold start loads only the entry
 * chunk (issue 17; `tests/e2e/cold-start.spec.ts` keeps it under 1 MB).
 */
import { Center, Loader } from '@mantine/core'
import { createHashRouter, type LazyRouteFunction, type RouteObject } from 'react-router'
import { RouteError } from './ErrorBoundary/RouteError'

/** A route whose component is the named export of a module loaded on first use. */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: (await load())[name] as React.ComponentType })
}

const cases = () => import('../features/cases')

export function createAppRouter() {
  return createHashRouter([
    {
      lazy: page(() => import('./Shell'), 'Shell'),
      errorElement: <RouteError />,
      // Shown while the first page's code loads (lazy routes).
      hydrateFallbackElement: (
        <Center mih="100vh">
          <Loader />
        </Center>
      ),
      children: [
        { index: true, lazy: page(() => import('./Shell'), 'HomeRedirect') },
        { path: 'cases', lazy: page(cases, 'CaseListPage') },
        { path: 'cases/new', lazy: page(cases, 'CaseRegisterPage') },
        { path: 'cases/:id', lazy: page(cases, 'CaseDetailPage') },
        { path: 'persons/:id', lazy: page(() => import('../features/persons'), 'PersonPage') },
        { path: 'deadlines', lazy: page(() => import('../features/deadlines'), 'DeadlinesPage') },
        { path: 'documents', lazy: page(() => import('../features/documents'), 'DocumentsPage') },
        { path: 'counselling/*', lazy: page(() => import('../features/counselling'), 'CounsellingArea') },
        { path: 'statistics', lazy: page(() => import('../features/statistics'), 'StatisticsPage') },
        { path: 'export', lazy: page(() => import('../features/export'), 'ExportPage') },
        { path: 'users', lazy: page(() => import('../features/users'), 'UsersPage') },
        { path: 'audit', lazy: page(() => import('../features/audit'), 'AuditPage') },
        { path: 'settings', lazy: page(() => import('../features/settings'), 'SettingsPage') },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ])
}
