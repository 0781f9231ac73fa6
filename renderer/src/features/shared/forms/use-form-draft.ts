/**
 * Keeps a form's unsaved text as a draft: saved (sealed with the workspace key, per user) about
 * half a second after typing stops, restored when the form opens again, cleared once the record is
 * saved. Without a name it keeps nothing.
 */
import type { UseFormReturnType } from '@mantine/form'
import { useEffect, useRef, useState } from 'react'
import { useRepositories } from '../services'

export const DRAFT_DEBOUNCE_MS = 500

export interface FormDraft {
  /** When the restored draft was last saved; null when nothing was restored. */
  restoredAt: string | null
  /** Puts the form back to its blank state and forgets the draft. */
  discard: () => void
  /** Forgets the draft for good (after the record is saved); later edits are not saved. */
  close: () => Promise<void>
}

export function useFormDraft<V>(
  name: string | undefined,
  form: UseFormReturnType<V>,
  initialValues: V,
  /** Fits a restored draft to the case as it is now (parties added since, for instance). */
  reconcile: (restored: V) => V = (v) => v,
): FormDraft {
  const { drafts } = useRepositories()
  const [restoredAt, setRestoredAt] = useState<string | null>(null)
  const [ready, setReady] = useState(!name)
  const formRef = useRef(form)
  const [blankText] = useState(() => JSON.stringify(initialValues))
  const blank = useRef(blankText)
  /** What the stored draft holds now (the blank form when there is none). */
  const stored = useRef(blankText)
  const reconcileRef = useRef(reconcile)
  const pending = useRef<string | null>(null)
  const closed = useRef(false)
  // Writes happen one after another, so a slow save can never land after the clear that follows it.
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  useEffect(() => {
    formRef.current = form
    reconcileRef.current = reconcile
  })

  const write = (serialized: string) => {
    if (!name) return
    stored.current = serialized
    const op =
      serialized === blank.current
        ? () => drafts.clear(name)
        : () => drafts.save(name, JSON.parse(serialized))
    queue.current = queue.current.then(op).catch(() => undefined)
  }

  useEffect(() => {
    if (!name) return
    let live = true
    drafts.load<V>(name).then(
      (found) => {
        if (!live) return
        if (found) {
          const value = reconcileRef.current(found.value)
          stored.current = JSON.stringify(value)
          formRef.current.setValues(value)
          setRestoredAt(found.updatedAt)
        }
        setReady(true)
      },
      () => live && setReady(true),
    )
    return () => {
      live = false
    }
  }, [name, drafts])

  // Without a draft nothing is serialised at all (a counselling form's text never goes near one).
  const serialized = name ? JSON.stringify(form.getValues()) : ''
  useEffect(() => {
    if (!name || !ready || closed.current || serialized === stored.current) return
    pending.current = serialized
    const timer = setTimeout(() => {
      pending.current = null
      if (!closed.current) write(serialized)
    }, DRAFT_DEBOUNCE_MS)
    return () => clearTimeout(timer)
    // `write` only reads refs and the stable drafts repository.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, ready, serialized])

  // Leaving the form (or the page) keeps what was typed in the last half second too.
  useEffect(
    () => () => {
      if (pending.current !== null && !closed.current) write(pending.current)
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )

  return {
    restoredAt,
    discard: () => {
      pending.current = null
      formRef.current.setValues(JSON.parse(blank.current) as V)
      write(blank.current)
      setRestoredAt(null)
    },
    close: () => {
      closed.current = true
      pending.current = null
      if (name) queue.current = queue.current.then(() => drafts.clear(name)).catch(() => undefined)
      return queue.current.then(() => undefined)
    },
  }
}
