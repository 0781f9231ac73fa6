/**
 * Where the case list keeps what was typed into its search. Not in the address and not in the
 * history entry's state: Chromium writes both to disk in plaintext (History, and the Sessions files
 * used to restore tabs), and a search is a name, an ID number or a phone. The history entry carries
 * only a random id; the text stays in this page's memory, so Back still shows the earlier search and a
 * reload (which also ends the session) forgets it.
 */
const MAX_KEPT = 50
const texts = new Map<string, string>()

/** Remembers a search and returns the id to put in the history entry's state. */
export function rememberSearch(q: string): string {
  const id = crypto.randomUUID()
  texts.set(id, q)
  if (texts.size > MAX_KEPT) texts.delete(texts.keys().next().value as string)
  return id
}

/** The search behind a history entry's state, if this page still remembers it. */
export function searchOf(state: unknown): string | undefined {
  const id = (state as { search?: unknown } | null)?.search
  return typeof id === 'string' ? texts.get(id) : undefined
}

/** Forgets every search, e.g. when someone logs out. */
export function forgetSearches(): void {
  texts.clear()
}
