/**
 * Runs a walk over older rows after login — laying out tokens again (search-index/relayout.ts) then
 * linking older cases to persons (legacy-links.ts), or deriving cases' plain facts: the first batch
 * before the screens read (so a workspace with nothing to do records that at once, before any screen
 * is on), then the rest in the background, one batch at a time, for as long as a session is
 * unlocked. Locking stops the walk (the step then throws LockedError); the next login resumes it
 * from its stored cursor.
 */
export function createBackgroundLinker(step: () => Promise<{ done: boolean }>, onFinished: () => void) {
  let running: Promise<void> | null = null

  async function walk(): Promise<void> {
    try {
      for (let batch = await step(); !batch.done; batch = await step()) {
        // each batch is its own transaction; nothing to do between them
      }
    } catch {
      // Locked, or a storage failure: the cursor keeps the place, so nothing is lost or repeated.
    } finally {
      running = null
      onFinished()
    }
  }

  return {
    async start(): Promise<void> {
      // A walk already under way carries on, with whichever session is unlocked now.
      if (running) return
      const first = await step().catch(() => ({ done: true }))
      if (!first.done) running = walk()
    },
    /** Resolves once no walk is under way. */
    settled: (): Promise<void> => running ?? Promise.resolve(),
  }
}
