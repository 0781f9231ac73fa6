/**
 * What the workspace's IndexedDB holds, read straight from it (the UI is not trusted to tell):
 * the stored case numbers, and the half-written rows a torn write would leave — a case without its
 * blind-index tokens or its persons, a person no case names, an audit entry naming a case that
 * is not there.
 */
import type { Page } from '@playwright/test'

export interface StoredIntegrity {
  caseNos: string[]
  persons: number
  casesWithoutTokens: number
  casesWithMissingPersons: number
  personsWithoutCase: number
  auditEntries: number
  /** Records per stored case number; records whose case is not stored. */
  recordsByCase: Record<string, number>
  recordsWithoutCase: number
}

export function storedIntegrity(page: Page): Promise<StoredIntegrity> {
  return page.evaluate(
    () =>
      new Promise<StoredIntegrity>((resolve, reject) => {
        const name = localStorage.getItem('mediation-room:database') ?? 'mediation-room'
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          try {
            read(open.result)
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
          }
        }
        const read = (db: IDBDatabase) => {
          const all = <T>(store: string) =>
            new Promise<T[]>((ok, fail) => {
              if (!db.objectStoreNames.contains(store)) return ok([])
              const req = db.transaction(store).objectStore(store).getAll()
              req.onsuccess = () => ok(req.result as T[])
              req.onerror = () => fail(req.error)
            })
          type Case = { id: string; caseNo: string; tokens?: string[]; personIds?: string[] }
          const stores = [
            all<Case>('cases'),
            all<{ id: string }>('persons'),
            all<unknown>('audit'),
            all<{ caseId: string }>('records'),
          ] as const
          void Promise.all(stores).then(([cases, persons, audit, records]) => {
            db.close()
            const personIds = new Set(persons.map((p) => p.id))
            const named = new Set(cases.flatMap((c) => c.personIds ?? []))
            resolve({
              caseNos: cases.map((c) => c.caseNo).sort(),
              persons: persons.length,
              casesWithoutTokens: cases.filter((c) => !c.tokens || c.tokens.length === 0).length,
              casesWithMissingPersons: cases.filter((c) =>
                (c.personIds ?? []).some((id) => !personIds.has(id)),
              ).length,
              personsWithoutCase: persons.filter((p) => !named.has(p.id)).length,
              auditEntries: audit.length,
              recordsByCase: Object.fromEntries(
                cases.map((c) => [c.caseNo, records.filter((r) => r.caseId === c.id).length]),
              ),
              recordsWithoutCase: records.filter((r) => !cases.some((c) => c.id === r.caseId)).length,
            })
          }, reject)
        }
      }),
  )
}
