/**
 * A page the signed-in roles may not open — typically an address a reload kept from the previous
 * user — is not shown: the refusal is audited and the user lands on their home page.
 */
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router'
import { can, type Permission } from '../../domain/auth/roles'
import { useRepositories, useSession } from '../../features/shared/services'

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
  const told = useRef(false)
  useEffect(() => {
    if (allowed || told.current) return
    told.current = true
    void audit.refused(area).catch(() => undefined)
    notifications.show({ color: 'yellow', message: t('errors.forbiddenPage') })
  }, [allowed, area, audit, t])
  if (allowed) return children
  return <Navigate to="/" replace />
}
