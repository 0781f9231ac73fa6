/**
 * Runs an async read and runs it again whenever its inputs change or stored data changes.
 * Screens use it instead of touching the database.
 */
import { useEffect, useState } from 'react'
import { LockedError, subscribeToChanges } from '../../data'

export type QueryState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown; data?: T }

export function useQuery<T>(read: () => Promise<T>, deps: readonly unknown[]): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' })
  const [version, setVersion] = useState(0)

  useEffect(() => subscribeToChanges(() => setVersion((v) => v + 1)), [])

  useEffect(() => {
    let live = true
    read().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => {
        // While locked, keep showing what was there (hidden under the lock screen); the query
        // runs again on unlock.
        if (!live || error instanceof LockedError) return
        setState((s) => ({ status: 'error', error, data: s.data }))
      },
    )
    return () => {
      live = false
    }
    // `read` is a fresh closure each render; its inputs are the deps the caller names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version])

  return state
}
