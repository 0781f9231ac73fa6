/**
 * The routed app behind the login: loaded with import() once someone is signed in, so the router
 * and every page stay out of the first screen (issue 17: cold start).
 */
import { useMemo } from 'react'
import { RouterProvider } from 'react-router'
import { createAppRouter } from './router'

export default function AppRoutes() {
  const router = useMemo(() => createAppRouter(), [])
  return <RouterProvider router={router} />
}
