import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import type { i18n as I18n } from 'i18next'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { RouterProvider } from 'react-router'
import { ServicesProvider, type Services } from '../features/shared/services'
import { ErrorBoundary } from './ErrorBoundary'
import { createAppRouter } from './router'
import { theme } from './theme'

const router = createAppRouter()

export function App({ services, i18n }: { services: Services; i18n: I18n }) {
  useEffect(() => {
    const sync = (lng: string) => {
      document.documentElement.lang = lng
      document.title = i18n.t('app.title')
    }
    sync(i18n.language)
    i18n.on('languageChanged', sync)
    return () => i18n.off('languageChanged', sync)
  }, [i18n])

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="bottom-right" autoClose={4000} />
        <ErrorBoundary>
          <ServicesProvider services={services}>
            <RouterProvider router={router} />
          </ServicesProvider>
        </ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  )
}
