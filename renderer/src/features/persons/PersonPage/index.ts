export { PersonPage } from './PersonPage'
