/** Deadlines: holiday calendar, rules per kind and sector, and the computation of a case's deadlines. */
export * from './calendar'
export * from './compute'
export * from './default-calendar'
export * from './messages'
export * from './rules'
export * from './calendar-coverage'
