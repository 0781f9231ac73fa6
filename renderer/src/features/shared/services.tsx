/**
 * What a screen may use: the repositories of the unlocked session, the platform, and the session's
 * user with lock and logout. Provided once by the app shell.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { Repositories, SessionUser } from '../../data'
import { can, type Permission } from '../../domain/auth/roles'
import type { Platform } from '../../platform'

export interface Services {
  repositories: Repositories
  platform: Platform
}

export interface SessionControls {
  user: SessionUser
  lock: () => void
  logout: () => void
}

const ServicesContext = createContext<Services | null>(null)
const SessionContext = createContext<SessionControls | null>(null)

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
}

export function SessionProvider({ value, children }: { value: SessionControls; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices outside ServicesProvider')
  return services
}

export function useRepositories(): Repositories {
  return useServices().repositories
}

export function useSession(): SessionControls {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** Whether the current user may do something: for showing controls; the repositories enforce it. */
export function useCan(permission: Permission): boolean {
  return can(useSession().user.roles, permission)
}
