/**
 * The one date field and the one date-time field of the application (@mantine/dates): the
 * locale's format (zh-CN: 2026-12-04, 2026-12-04 14:30), 24-hour time, weeks from Monday, and the
 * holiday calendar's 放假 (休) and 调休 (班) days marked. Values stay the strings the forms store:
 * `YYYY-MM-DD`, and `YYYY-MM-DDTHH:mm` for date-times, `''` when empty. `onChange` takes the
 * string, so `form.getInputProps(path)` spreads straight in.
 */
import { Box } from '@mantine/core'
import {
  DatePickerInput,
  DateTimePicker,
  type DatePickerInputProps,
  type DateTimePickerProps,
  type DayProps,
} from '@mantine/dates'
import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { dayMark, fromPickerDate, fromPickerDateTime, toPickerDate, toPickerDateTime } from './date-marks'
import { useDayMarksCalendar } from './DateFieldsProvider'
import classes from './DateField.module.css'

type Shared = 'value' | 'defaultValue' | 'onChange' | 'type'

export interface DateFieldProps extends Omit<DatePickerInputProps, Shared> {
  value?: string | null
  onChange?: (value: string) => void
}

export interface DateTimeFieldProps extends Omit<DateTimePickerProps, Shared> {
  value?: string | null
  onChange?: (value: string) => void
}

function useMarks() {
  const { t, i18n } = useTranslation()
  const { calendar, index } = useDayMarksCalendar()
  const zh = i18n.language !== 'en'
  const getDayProps = (date: string): Partial<DayProps> & Record<`data-${string}`, string> => {
    const mark = dayMark(date, calendar, index ?? undefined)
    if (!mark) return {}
    return {
      'data-mark': mark,
      className: classes.marked,
    }
  }
  const renderDay = (date: string) => {
    const mark = dayMark(date, calendar, index ?? undefined)
    return (
      <Box className={classes.day}>
        <span>{Number(date.slice(8, 10))}</span>
        {mark && (
          <span className={classes.mark} data-mark={mark} aria-hidden>
            {t(mark === 'off' ? 'dates.off' : 'dates.working')}
          </span>
        )}
      </Box>
    )
  }
  /** Read out and found by tests as 2031年3月5日 (en: 5 March 2031), with the mark when there is one. */
  const getDayAriaLabel = (date: string) => {
    const mark = dayMark(date, calendar, index ?? undefined)
    const day = dayjs(date)
      .locale(zh ? 'zh-cn' : 'en')
      .format(zh ? 'YYYY年M月D日' : 'D MMMM YYYY')
    return mark ? `${day} ${t(mark === 'off' ? 'dates.offLabel' : 'dates.workingLabel')}` : day
  }
  return { getDayProps, renderDay, getDayAriaLabel, t, zh }
}

function calendarLabels(t: TFunction, zh: boolean) {
  return {
    monthLabelFormat: zh ? 'YYYY年M月' : 'MMMM YYYY',
    yearLabelFormat: zh ? 'YYYY年' : 'YYYY',
    monthsListFormat: zh ? 'M月' : 'MMM',
    ariaLabels: {
      nextMonth: t('dates.nextMonth'),
      previousMonth: t('dates.previousMonth'),
      nextYear: t('dates.nextYear'),
      previousYear: t('dates.previousYear'),
      nextDecade: t('dates.nextDecade'),
      previousDecade: t('dates.previousDecade'),
      monthLevelControl: t('dates.monthLevel'),
      yearLevelControl: t('dates.yearLevel'),
    },
    clearButtonProps: { 'aria-label': t('dates.clear') },
  }
}

export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { getDayProps, renderDay, getDayAriaLabel, t, zh } = useMarks()
  return (
    <DatePickerInput
      valueFormat="YYYY-MM-DD"
      clearable
      getDayProps={getDayProps}
      getDayAriaLabel={getDayAriaLabel}
      renderDay={renderDay}
      {...calendarLabels(t, zh)}
      {...props}
      value={toPickerDate(value)}
      onChange={(v) => onChange?.(fromPickerDate(v))}
    />
  )
}

export function DateTimeField({ value, onChange, ...props }: DateTimeFieldProps) {
  const { getDayProps, renderDay, getDayAriaLabel, t, zh } = useMarks()
  return (
    <DateTimePicker
      valueFormat="YYYY-MM-DD HH:mm"
      clearable
      getDayProps={getDayProps}
      getDayAriaLabel={getDayAriaLabel}
      renderDay={renderDay}
      timePickerProps={{ format: '24h' }}
      submitButtonProps={{ 'aria-label': t('dates.confirmTime') }}
      {...calendarLabels(t, zh)}
      {...props}
      value={toPickerDateTime(value)}
      onChange={(v) => onChange?.(fromPickerDateTime(v))}
    />
  )
}
