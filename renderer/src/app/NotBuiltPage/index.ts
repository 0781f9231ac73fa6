export { NotBuiltPage } from './NotBuiltPage'
