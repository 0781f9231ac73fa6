export { DeadlinesPage } from './DeadlinesPage'
