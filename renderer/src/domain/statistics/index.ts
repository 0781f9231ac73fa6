/** Statistics reported upward: periods, the per-case facts, the computation and the statutory table. */
export * from './compute'
export * from './measures'
export * from './messages'
export * from './period'
export * from './screening'
export * from './settings'
export * from './stat-input'
export * from './statutory-table'
