/**
 * The workspace as the app sees it: whether it is set up, who is unlocked, and the repositories of
 * that session. `repositories` is a stable object whose methods reach the current session's
 * repositories, and throw LockedError while nobody is unlocked — so screens can stay mounted (and
 * keep unsaved form text) under the lock screen while every key is gone from memory.
 */
import { LockedError, type Session } from './auth/session'
import type { Keeper } from './keeper'
import { notifyChanged } from './changes'
import type { Repositories, RepositoryOptions } from './repositories'
import { createBackgroundLinker } from './repositories/persons/background-linking'
import type { MediationDb } from './schema'

export function createWorkspace(db: MediationDb, keeper: Keeper, options: RepositoryOptions = {}) {
  let current: { session: Session; repositories: Repositories } | null = null

  const live = (): Repositories => {
    if (!current) throw new LockedError()
    return current.repositories
  }

  // One stable object per area, so screens can depend on `repositories.cases` in effects. Each
  // method reaches the current session's repository of that area; every repository method is
  // async, so a locked workspace answers with a rejection (LockedError), never a synchronous throw
  // inside a React effect.
  const areas = new Map<keyof Repositories, Repositories[keyof Repositories]>()
  function area<K extends keyof Repositories>(name: K): Repositories[K] {
    const known = areas.get(name)
    if (known) return known as Repositories[K]
    const proxy = new Proxy({} as Repositories[K], {
      get:
        (_target, method) =>
        async (...args: unknown[]): Promise<unknown> => {
          const repository = live()[name]
          const fn: unknown = Reflect.get(repository, method)
          return typeof fn === 'function' ? Reflect.apply(fn, repository, args) : undefined
        },
    })
    areas.set(name, proxy)
    return proxy
  }
  const repositories = new Proxy({} as Repositories, {
    get: (_target, name) => area(name as keyof Repositories),
  })
  // Tokens of older rows are laid out again first, then older cases are linked to persons.
  const backgroundWalk = createBackgroundLinker(async () => {
    const relaid = await live().cases.relayoutTokens()
    return relaid.done ? live().persons.linkLegacyCases() : relaid
  }, notifyChanged)
  // Cases stored before their plain facts existed get them from their records (keys needed).
  const factsWalker = createBackgroundLinker(() => live().cases.refreshFactsBatch(), notifyChanged)

  /** Tells the keeper how much this workspace holds, so an emptied database is not taken for a new one. */
  async function recordWorkspace(session: Session): Promise<void> {
    const head = await db.audit.orderBy('pos').last()
    await keeper
      .putWorkspaceRecord({
        workspaceId: session.workspaceId,
        cases: await db.cases.count(),
        auditSeq: head?.seq ?? 0,
        auditHash: head?.hash ?? '0'.repeat(64),
        updatedAt: new Date().toISOString(),
      })
      .catch(() => undefined)
  }

  return {
    db,
    keeper,
    repositories,
    session: (): Session | null => current?.session ?? null,
    /** Installs an unlocked session and chains the attempts recorded while locked. */
    async open(session: Session, action: 'auth.login' | 'auth.unlock' | 'workspace.setup'): Promise<void> {
      // The repositories (every area's code) are loaded at the first login, not with the login
      // screen (issue 17: cold start).
      const { createRepositories } = await import('./repositories')
      const repos = createRepositories(db, session, options)
      current = { session, repositories: repos }
      await repos.sessionLog.flushPending()
      await repos.sessionLog.record(action)
      // Cases stored before encryption existed (schema v1) are sealed once, at setup.
      if (action === 'workspace.setup') await repos.cases.sealLegacyRows()
      // Tokens in an older layout are laid out again; parties of cases stored before persons existed
      // (or imported) are linked to persons; cases' plain facts are derived from their records.
      await backgroundWalk.start()
      await factsWalker.start()
      // A counsellor's files whose retention ran out are deleted at their login (audited with counts).
      if (session.counsellingKey) await repos.counselling.purgeExpired().catch(() => undefined)
      // An administrator brings the other accounts' grants and signing-key copies up to date.
      await repos.security.upkeep().catch((error: unknown) => {
        console.warn('grants: upkeep failed', (error as Error).name)
      })
      await recordWorkspace(session)
      notifyChanged()
    },
    /** Resolves when the background work started at login (tokens, persons, facts) has finished. */
    async maintenance(): Promise<void> {
      await Promise.all([backgroundWalk.settled(), factsWalker.settled()])
    },
    /** Records the lock or logout, then forgets every key. */
    async close(action: 'auth.lock' | 'auth.logout'): Promise<void> {
      if (!current) return
      await current.repositories.sessionLog.record(action).catch(() => undefined)
      await recordWorkspace(current.session)
      current = null
    },
  }
}

export type Workspace = ReturnType<typeof createWorkspace>
