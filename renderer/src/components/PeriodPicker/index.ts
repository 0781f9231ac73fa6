export * from './PeriodPicker'
