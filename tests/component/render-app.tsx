/**
 * Renders screens inside the real providers, on a fresh fake-indexeddb workspace that has been
 * set up and unlocked — by its administrator, or as the given roles on the same keys.
 */
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createWorkspace } from '../../renderer/src/data/workspace'
import { signingPort } from '../../renderer/src/output/signing'
import type { Session } from '../../renderer/src/data/auth/session'
import type { Role } from '../../renderer/src/domain/auth/roles'
import type { BundleOpener } from '../../renderer/src/domain/export/bundle-session'
import { DateFieldsProvider } from '../../renderer/src/components/DateField'
import { defaultHolidayCalendar } from '../../renderer/src/domain/deadlines/default-calendar'
import { ServicesProvider, SessionProvider, type Services } from '../../renderer/src/features/shared/services'
import { createI18n } from '../../renderer/src/i18n'
import type { Platform } from '../../renderer/src/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { ADMIN_PASSWORD, sessionAs, setUpWorkspace, TEST_KDF, keeperOf } from '../builders/session'

export const ADMIN = { username: 'admin', displayName: '管理员甲', password: ADMIN_PASSWORD }

interface Options {
  roles?: Role[]
  platform?: Platform
  /** A session of the fresh workspace (a real login, with its own keys) instead of the administrator's. */
  sessionOf?: (ws: Awaited<ReturnType<typeof setUpWorkspace>>) => Promise<Session>
  /** How the district opens bundles (the app's is a Worker; by default they are read on this thread). */
  openBundle?: BundleOpener
}

export async function renderRoute(
  routes: { path: string; element: ReactNode }[],
  initial: string,
  { roles, platform, sessionOf, openBundle }: Options = {},
) {
  const ws = await setUpWorkspace()
  const session = sessionOf ? await sessionOf(ws) : roles ? sessionAs(ws.session, roles) : ws.session
  const workspace = createWorkspace(ws.db, keeperOf(ws.db), {
    kdfCost: TEST_KDF,
    signing: signingPort,
    openBundle,
  })
  await workspace.open(session, 'auth.login')
  const services: Services = {
    repositories: workspace.repositories,
    platform: platform ?? createBrowserPlatform(),
  }
  const router = createMemoryRouter(routes, { initialEntries: [initial] })
  const i18n = createI18n('zh-CN')
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <DateFieldsProvider language="zh-CN" calendar={defaultHolidayCalendar()}>
          <Notifications />
          <ServicesProvider services={services}>
            <SessionProvider value={{ user: session.user, lock() {}, logout() {} }}>
              <RouterProvider router={router} />
            </SessionProvider>
          </ServicesProvider>
        </DateFieldsProvider>
      </MantineProvider>
    </I18nextProvider>,
  )
  return {
    ...view,
    ...ws,
    session,
    workspace,
    router,
    repositories: workspace.repositories,
    t: i18n.t.bind(i18n),
  }
}

/** One screen at "/", as the administrator unless roles are given. */
export function renderWithSession(ui: ReactNode, options: Options = {}) {
  return renderRoute([{ path: '/', element: ui }], '/', options)
}
