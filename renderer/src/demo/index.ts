/** Deterministic, realistic demo cases (for the demo-data button and the benchmarks). */
export { generateDemoCases, type DemoOptions } from './generate'
