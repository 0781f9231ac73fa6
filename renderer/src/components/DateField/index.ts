export { DateField, DateTimeField, type DateFieldProps, type DateTimeFieldProps } from './DateField'
export { DateFieldsProvider } from './DateFieldsProvider'
export { dayMark, fromPickerDate, fromPickerDateTime, toPickerDate, toPickerDateTime } from './date-marks'
