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
import type { NavArea } from './Shell/nav-items'

/** A route whose component is the named export of a module loaded on first use. */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: (await load())[name] as React.ComponentType })
}

/**
 * The same, shown only to roles holding the permission of `area`'s navigation item: anyone else is
 * sent home and the refusal audited (RouteGuard). The guard loads with the page.
 */
function guarded<M, K extends keyof M>(
  area: NavArea,
  load: () => Promise<M>,
  name: K,
): LazyRouteFunction<RouteObject> {
  return async () => {
    const [module, { RouteGuard }, { NAV_ITEMS }] = await Promise.all([
      load(),
      import('./Shell/RouteGuard'),
      import('./Shell/nav-items'),
    ])
    const Page = module[name] as React.ComponentType
    const permission = NAV_ITEMS.find((i) => i.area === area)?.permission ?? null
    if (!permission) return { Component: Page }
    function GuardedPage() {
      return (
        <RouteGuard area={area} permission={permission as NonNullable<typeof permission>}>
          <Page />
        </RouteGuard>
      )
    }
    return { Component: GuardedPage }
  }
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
        { path: 'cases', lazy: guarded('cases', cases, 'CaseListPage') },
        { path: 'cases/new', lazy: guarded('cases', cases, 'CaseRegisterPage') },
        { path: 'cases/:id', lazy: guarded('cases', cases, 'CaseDetailPage') },
        { path: 'persons/:id', lazy: guarded('cases', () => import('../features/persons'), 'PersonPage') },
        {
          path: 'deadlines',
          lazy: guarded('deadlines', () => import('../features/deadlines'), 'DeadlinesPage'),
        },
        {
          path: 'documents',
          lazy: guarded('documents', () => import('../features/documents'), 'DocumentsPage'),
        },
        {
          path: 'counselling/*',
          lazy: guarded('counselling', () => import('../features/counselling'), 'CounsellingArea'),
        },
        {
          path: 'statistics',
          lazy: guarded('statistics', () => import('../features/statistics'), 'StatisticsPage'),
        },
        { path: 'export', lazy: guarded('export', () => import('../features/export'), 'ExportPage') },
        { path: 'users', lazy: guarded('users', () => import('../features/users'), 'UsersPage') },
        { path: 'audit', lazy: guarded('audit', () => import('../features/audit'), 'AuditPage') },
        { path: 'settings', lazy: page(() => import('../features/settings'), 'SettingsPage') },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ])
}
