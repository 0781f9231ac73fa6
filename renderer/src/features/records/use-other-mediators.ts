/**
 * The active mediators other than a case's lead — whom a 更换调解员 or a 协同调解员 record may name —
 * and the lead's display name, from the user directory (roles and status as signed).
 */
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'

export function useOtherMediators(leadId: string) {
  const { users } = useRepositories()
  const directory = useQuery(() => users.directory(), [])
  const people = directory.data ?? []
  return {
    ready: directory.status === 'ready',
    candidates: people.filter((u) => u.roles.includes('mediator') && !u.disabled && u.id !== leadId),
    leadName: people.find((u) => u.id === leadId)?.displayName,
  }
}
