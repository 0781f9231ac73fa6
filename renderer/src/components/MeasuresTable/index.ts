export * from './MeasuresTable'
