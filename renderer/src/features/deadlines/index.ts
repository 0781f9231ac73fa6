export { DeadlineCounts } from './DeadlineCounts'
export { DeadlinesPage } from './DeadlinesPage'
