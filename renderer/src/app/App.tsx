import { Center, Loader, MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ServicesProvider } from '../features/shared/services'
import { AuthGate } from './AuthGate'
import type { AppContext } from './bootstrap'
import { ErrorBoundary } from './ErrorBoundary'
import { cssVariablesResolver, themeIn } from './theme'

const AppRoutes = lazy(() => import('./AppRoutes'))

export function App({ workspace, platform, i18n }: AppContext) {
  const [language, setLanguage] = useState(i18n.language)
  useEffect(() => {
    const sync = (lng: string) => {
      document.documentElement.lang = lng
      document.title = i18n.t('app.title')
      setLanguage(lng)
    }
    sync(i18n.language)
    i18n.on('languageChanged', sync)
    return () => i18n.off('languageChanged', sync)
  }, [i18n])

  const themed = useMemo(
    () => themeIn(i18n.t('common.close'), i18n.t('common.showPassword')),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels follow the language
    [i18n, language],
  )
  const services = useMemo(() => ({ repositories: workspace.repositories, platform }), [workspace, platform])

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={themed} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="bottom-right" autoClose={4000} />
        <ErrorBoundary>
          <ServicesProvider services={services}>
            <AuthGate workspace={workspace}>
              <Suspense
                fallback={
                  <Center mih="100vh">
                    <Loader />
                  </Center>
                }
              >
                <AppRoutes />
              </Suspense>
            </AuthGate>
          </ServicesProvider>
        </ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  )
}
