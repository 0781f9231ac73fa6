/** The services a screen may use: repositories and the platform. Provided once by the app shell. */
import { createContext, useContext, type ReactNode } from 'react'
import type { Repositories } from '../../data'
import type { Platform } from '../../platform'

export interface Services {
  repositories: Repositories
  platform: Platform
}

const ServicesContext = createContext<Services | null>(null)

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices outside ServicesProvider')
  return services
}

export function useRepositories(): Repositories {
  return useServices().repositories
}
