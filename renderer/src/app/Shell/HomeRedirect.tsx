/** The start page is the first capability the signed-in roles may use (cases for mediators). */
import { Navigate } from 'react-router'
import { can } from '../../domain/auth/roles'
import { useSession } from '../../features/shared/services'
import { NAV_ITEMS } from './nav-items'

export function HomeRedirect() {
  const { user } = useSession()
  const first = NAV_ITEMS.find((i) => i.permission === null || can(user.roles, i.permission))
  return <Navigate to={first?.path ?? '/settings'} replace />
}
