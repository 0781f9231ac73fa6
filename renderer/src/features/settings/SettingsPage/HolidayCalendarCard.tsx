/**
 * The holiday calendar behind working-day deadlines: one year at a time, its days off and its
 * working weekends (调休). Each addition or removal is saved (and audited) at once; the built-in
 * calendar can be restored.
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  calendarYear,
  calendarYears,
  holidayCalendarSchema,
  weekday,
  type HolidayCalendar,
} from '../../../domain/deadlines/calendar'
import { BUILT_IN_YEARS, builtInHolidayName } from '../../../domain/deadlines/default-calendar'
import { missingCalendarYear, parseHolidayList } from '../../../domain/deadlines/calendar-coverage'
import { isIsoDate, todayIso } from '../../../domain/shared/dates'
import { ValidationError } from '../../../domain/shared/errors'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { DateField } from '../../../components/DateField'

type DayType = 'offDays' | 'workingWeekends'
const DAY_TYPES: readonly DayType[] = ['offDays', 'workingWeekends']

const copy = (cal: HolidayCalendar): HolidayCalendar => ({
  offDays: [...cal.offDays],
  workingWeekends: [...cal.workingWeekends],
})

export function HolidayCalendarCard() {
  const { t, i18n } = useTranslation()
  const { settings } = useRepositories()
  const thisYear = new Date().getFullYear()
  const [calendar, setCalendar] = useState<HolidayCalendar | null>(null)
  const [year, setYear] = useState(String(thisYear))
  const [date, setDate] = useState('')
  const [type, setType] = useState<DayType>('offDays')
  const [error, setError] = useState<string | null>(null)
  const [pasted, setPasted] = useState('')
  const [confirmReset, setConfirmReset] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void settings.getHolidayCalendar().then((c) => setCalendar(copy(c)))
  }, [settings])

  const years = [...new Set([...(calendar ? calendarYears(calendar) : []), thisYear, thisYear + 1])]
    .sort((a, b) => b - a)
    .map(String)
  const shown = calendar ? calendarYear(calendar, Number(year)) : null
  const entries = shown
    ? [
        ...shown.offDays.map((d) => ({ date: d, type: 'offDays' as const })),
        ...shown.workingWeekends.map((d) => ({ date: d, type: 'workingWeekends' as const })),
      ].sort((a, b) => (a.date < b.date ? -1 : 1))
    : []

  const save = async (next: HolidayCalendar): Promise<boolean> => {
    setError(null)
    const checked = holidayCalendarSchema.safeParse(next)
    if (!checked.success) {
      setError(t(checked.error.issues[0]?.message ?? 'errors.unknown'))
      return false
    }
    setBusy(true)
    try {
      setCalendar(copy(await settings.setHolidayCalendar(checked.data)))
      notifications.show({ color: 'green', message: t('deadlines.calendar.saved') })
      return true
    } catch (err) {
      setError(
        t(err instanceof ValidationError ? (err.issues[0]?.message ?? 'errors.unknown') : 'errors.unknown'),
      )
      return false
    } finally {
      setBusy(false)
    }
  }

  const add = async () => {
    if (!calendar) return
    if (!isIsoDate(date)) return setError(t('deadlineValidation.date'))
    const next = copy(calendar)
    next[type] = [...next[type], date]
    if (await save(next)) {
      setYear(date.slice(0, 4))
      setDate('')
    }
  }

  const remove = (d: string, from: DayType) => {
    if (!calendar) return
    const next = copy(calendar)
    next[from] = next[from].filter((x) => x !== d)
    void save(next)
  }

  const reset = async () => {
    setConfirmReset(false)
    setError(null)
    setBusy(true)
    try {
      setCalendar(copy(await settings.resetHolidayCalendar()))
      notifications.show({ color: 'green', message: t('deadlines.calendar.resetDone') })
    } catch {
      setError(t('errors.unknown'))
    } finally {
      setBusy(false)
    }
  }

  const holidayName = (d: string) => {
    const name = builtInHolidayName(d)
    if (!name) return ''
    return i18n.language.startsWith('en') ? name.en : name.zh
  }

  const importPasted = async () => {
    if (!calendar) return
    const found = parseHolidayList(pasted)
    if (found.rejected.length)
      return setError(t('deadlines.calendar.pasteRejected', { lines: found.rejected.join('；') }))
    if (!found.offDays.length && !found.workingWeekends.length)
      return setError(t('deadlines.calendar.pasteEmpty'))
    const next = copy(calendar)
    const working = new Set(found.workingWeekends)
    next.offDays = [...next.offDays.filter((d) => !working.has(d)), ...found.offDays]
    const off = new Set(found.offDays)
    next.workingWeekends = [...next.workingWeekends.filter((d) => !off.has(d)), ...found.workingWeekends]
    if (await save(next)) {
      setPasted('')
      setYear((found.offDays[0] ?? found.workingWeekends[0] ?? year).slice(0, 4))
      notifications.show({
        color: 'green',
        message: t('deadlines.calendar.pasteDone', {
          off: found.offDays.length,
          working: found.workingWeekends.length,
        }),
      })
    }
  }
  const missing = calendar ? missingCalendarYear(calendar, todayIso()) : null

  return (
    <Card withBorder id="holidays" data-testid="holiday-calendar-card">
      <Title order={4}>{t('deadlines.calendar.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('deadlines.calendar.hint')} {t('deadlines.calendar.builtInRange', BUILT_IN_YEARS)}
      </Text>
      {missing !== null && (
        <Alert color="yellow" mb="sm">
          {t('deadlines.calendar.missingYear', { year: missing })}
        </Alert>
      )}
      <Group align="end" mb="sm">
        <Textarea
          label={t('deadlines.calendar.pasteLabel')}
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          onClick={() => void importPasted()}
          disabled={!calendar || !pasted.trim()}
          loading={busy}
        >
          {t('deadlines.calendar.pasteImport')}
        </Button>
      </Group>
      <Group align="end" mb="sm">
        <Select
          label={t('deadlines.calendar.year')}
          data={years}
          value={year}
          allowDeselect={false}
          onChange={(v) => v && setYear(v)}
          w={110}
        />
        <DateField
          label={t('deadlines.calendar.date')}
          value={date}
          onChange={(v) => {
            setDate(v)
            setError(null)
          }}
          w={170}
        />
        <Select
          label={t('deadlines.calendar.type')}
          data={DAY_TYPES.map((d) => ({ value: d, label: t(`deadlines.calendar.${d}`) }))}
          value={type}
          allowDeselect={false}
          onChange={(v) => v && setType(v as DayType)}
          w={150}
        />
        <Button onClick={() => void add()} disabled={!calendar || !date} loading={busy}>
          {t('deadlines.calendar.add')}
        </Button>
      </Group>
      <ErrorAlert message={error} mb="sm" />
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm" py="sm">
          {t('deadlines.calendar.emptyYear', { year })}
        </Text>
      ) : (
        <Table
          verticalSpacing={2}
          striped
          aria-label={t('deadlines.calendar.title')}
          data-testid="holiday-calendar"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlines.calendar.date')}</Table.Th>
              <Table.Th>{t('deadlines.calendar.weekday')}</Table.Th>
              <Table.Th>{t('deadlines.calendar.type')}</Table.Th>
              <Table.Th>{t('deadlines.calendar.holiday')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={`${e.type}:${e.date}`}>
                <Table.Td>{e.date}</Table.Td>
                <Table.Td>{t(`deadlines.calendar.weekdays.${weekday(e.date)}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={e.type === 'offDays' ? 'green' : 'orange'}>
                    {t(`deadlines.calendar.${e.type}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{holidayName(e.date)}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('deadlines.calendar.removeDate', { date: e.date })}
                    onClick={() => remove(e.date, e.type)}
                    disabled={busy}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={() => setConfirmReset(true)} disabled={!calendar || busy}>
          {t('deadlines.calendar.reset')}
        </Button>
      </Group>
      <Modal
        opened={confirmReset}
        onClose={() => setConfirmReset(false)}
        title={t('deadlines.calendar.reset')}
      >
        <Text size="sm">{t('deadlines.calendar.resetConfirm')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmReset(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void reset()} data-testid="confirm-reset-calendar">
            {t('deadlines.calendar.reset')}
          </Button>
        </Group>
      </Modal>
    </Card>
  )
}
