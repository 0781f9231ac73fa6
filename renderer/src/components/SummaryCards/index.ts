export * from './SummaryCards'
