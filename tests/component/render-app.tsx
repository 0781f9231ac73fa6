/**
 * Renders screens inside the real providers, on a fresh fake-indexeddb workspace that has been
 * set up and unlocked — as the given roles.
 */
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createWorkspace } from '../../renderer/src/data/workspace'
import type { Role } from '../../renderer/src/domain/auth/roles'
import { ServicesProvider, SessionProvider, type Services } from '../../renderer/src/features/shared/services'
import { createI18n } from '../../renderer/src/i18n'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { sessionAs, setUpWorkspace, TEST_KDF } from '../builders/session'

export async function renderRoute(
  routes: { path: string; element: ReactNode }[],
  initial: string,
  roles: Role[] = ['mediator'],
) {
  const ws = await setUpWorkspace()
  const session = roles.includes('admin') && roles.length === 1 ? ws.session : sessionAs(ws.session, roles)
  const workspace = createWorkspace(ws.db, { kdfCost: TEST_KDF })
  await workspace.open(session, 'auth.login')
  const services: Services = { repositories: workspace.repositories, platform: createBrowserPlatform() }
  const router = createMemoryRouter(routes, { initialEntries: [initial] })
  const view = render(
    <I18nextProvider i18n={createI18n('zh-CN')}>
      <MantineProvider>
        <Notifications />
        <ServicesProvider services={services}>
          <SessionProvider value={{ user: session.user, lock() {}, logout() {} }}>
            <RouterProvider router={router} />
          </SessionProvider>
        </ServicesProvider>
      </MantineProvider>
    </I18nextProvider>,
  )
  return { ...view, ...ws, workspace, router }
}
