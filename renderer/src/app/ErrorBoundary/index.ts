export { ErrorBoundary, RouteError } from './ErrorBoundary'
