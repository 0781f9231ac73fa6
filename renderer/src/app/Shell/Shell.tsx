/** The application frame: header with title and language, navigation, and the routed page. */
import { AppShell, Burger, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation } from 'react-router'
import { LANGUAGES, rememberLanguage, type Language } from '../../i18n'
import { can } from '../../domain/auth/roles'
import { DateFieldsProvider } from '../../components/DateField'
import { HolidayCalendarBanner, useDeadlineReminder, useHolidayCalendar } from '../../features/deadlines'
import { BackupBanner, useAutoBackup } from '../../features/backup'
import { useSession } from '../../features/shared/services'
import { NAV_ITEMS } from './nav-items'
import { UserMenu } from './UserMenu'

export function Shell() {
  const { t, i18n } = useTranslation()
  const [opened, { toggle }] = useDisclosure()
  const { pathname } = useLocation()
  const { user } = useSession()
  useDeadlineReminder()
  useAutoBackup()
  const calendar = useHolidayCalendar()
  const items = NAV_ITEMS.filter((i) => i.permission === null || can(user.roles, i.permission))

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <Title order={4}>{t('app.title')}</Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.subtitle')}
            </Text>
          </Group>
          <Group gap="md">
            <SegmentedControl
              size="xs"
              aria-label={t('app.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: l === 'en' ? 'EN' : '中文' }))}
              value={i18n.language}
              onChange={(v) => {
                rememberLanguage(v as Language)
                void i18n.changeLanguage(v)
              }}
            />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="navigation">
        {items.map(({ area, path, icon: Icon }) => (
          <NavLink
            key={area}
            component={Link}
            to={path}
            label={t(`nav.${area}`)}
            leftSection={<Icon size={18} stroke={1.6} />}
            // filled: white on indigo-7 reads at AA contrast (the light variant's tint did not)
            variant="filled"
            active={pathname === path || pathname.startsWith(`${path}/`)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <BackupBanner />
        <HolidayCalendarBanner />
        {/* Date fields live behind the login only: their pickers stay out of the first screen's code. */}
        <DateFieldsProvider language={i18n.language} calendar={calendar}>
          <Outlet />
        </DateFieldsProvider>
      </AppShell.Main>
    </AppShell>
  )
}
