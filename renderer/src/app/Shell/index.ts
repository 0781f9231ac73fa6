export { Shell } from './Shell'
export { HomeRedirect } from './HomeRedirect'
