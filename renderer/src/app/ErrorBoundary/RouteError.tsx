/** A route's error (or an unknown path), inside the router: its own file, so react-router stays out of the first screen. */
import { useRouteError } from 'react-router'
import { ErrorMessage } from './ErrorBoundary'

export function RouteError({ notFound }: { notFound?: boolean }) {
  const error = useRouteError()
  return <ErrorMessage error={error} notFound={notFound} />
}
