/**
 * What the idle timer needs to know about the signing screen: while it is open, the longer idle
 * time for signing applies (the parties are present, reading and signing), and pointer or pen
 * strokes on the pad count as activity even where the pad keeps them from reaching the document.
 */
import { useEffect, useSyncExternalStore } from 'react'

/** Dispatched on `document`; the idle timer listens for it with the ordinary input events. */
export const ACTIVITY_EVENT = 'mediation-activity'

let open = 0
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True while a signing screen is mounted. */
export function useSigningOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open > 0)
}

/** Tells the idle timer that someone is at the screen (a stroke on the signature pad, for example). */
export function reportActivity(): void {
  document.dispatchEvent(new Event(ACTIVITY_EVENT))
}

/** For the signing screen: while mounted, the signing idle time applies; returns `reportActivity`. */
export function useSigningActivity(): () => void {
  useEffect(() => {
    open++
    notify()
    return () => {
      open--
      notify()
    }
  }, [])
  return reportActivity
}
