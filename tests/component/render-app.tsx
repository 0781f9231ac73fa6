/** Renders a screen inside the real providers, on a fresh fake-indexeddb workspace. */
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { openWorkspace } from '../../renderer/src/data'
import { ServicesProvider, type Services } from '../../renderer/src/features/shared/services'
import { createI18n } from '../../renderer/src/i18n'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'

let n = 0

export function renderRoute(routes: { path: string; element: ReactNode }[], initial: string) {
  const { repositories, db } = openWorkspace(`component-${++n}`)
  const services: Services = { repositories, platform: createBrowserPlatform() }
  const router = createMemoryRouter(routes, { initialEntries: [initial] })
  const view = render(
    <I18nextProvider i18n={createI18n('zh-CN')}>
      <MantineProvider>
        <Notifications />
        <ServicesProvider services={services}>
          <RouterProvider router={router} />
        </ServicesProvider>
      </MantineProvider>
    </I18nextProvider>,
  )
  return { ...view, repositories, db, router }
}
