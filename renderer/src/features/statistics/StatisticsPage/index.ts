export { StatisticsPage } from './StatisticsPage'
