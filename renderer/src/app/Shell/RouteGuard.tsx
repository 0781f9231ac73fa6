/**
 * A page the signed-in roles may not open — typically an address a reload kept from the previous
 * user — is not shown: the refusal is audited and the user lands on their home page.
 */
import { notifications } from '@mantine/notifications'
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation } from 'react-router'
import { can, type Permission } from '../../domain/auth/roles'
import { useRepositories, useSession } from '../../features/shared/services'

/** The location key of the last refused visit. */
let handled: string | null = null

interface Props {
  area: string
  permission: Permission
  children: ReactNode
}

export function RouteGuard({ area, permission, children }: Props) {
  const { user } = useSession()
  const { audit } = useRepositories()
  const { t } = useTranslation()
  const allowed = can(user.roles, permission)
  const { key } = useLocation()
  useEffect(() => {
    // Once per visit of the address (effects may run twice for one visit in development).
    if (allowed || handled === key) return
    handled = key
    void audit.refused(area).catch(() => undefined)
    notifications.show({ id: 'forbidden-page', color: 'yellow', message: t('errors.forbiddenPage') })
  }, [allowed, area, audit, t, key])
  if (allowed) return children
  return <Navigate to="/" replace />
}
