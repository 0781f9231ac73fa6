/**
 * Decides what the window shows: first-run setup, the login screen, or the app — with the lock
 * screen over it when locked. Locking drops the session's keys; the app stays mounted beneath so
 * unsaved form text survives, but it is hidden and inert. Logging out unmounts it.
 */
import { Center, Loader } from '@mantine/core'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import {
  completeSetup,
  isSetUp,
  login,
  readOrganisation,
  recoverAccount,
  type SessionUser,
  type Workspace,
} from '../../data'
import { LockScreen, LoginScreen, SetupWizard, type SetupResult } from '../../features/auth'
import { forgetSearches } from '../../features/cases'
import { SessionProvider } from '../../features/shared/services'
import { useAutoLock } from './use-auto-lock'

type Phase =
  | { name: 'loading' }
  | { name: 'setup' }
  | { name: 'login'; organisation: string | null }
  | { name: 'open' | 'locked'; user: SessionUser }

export function AuthGate({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const { db } = workspace
  const [phase, setPhase] = useState<Phase>({ name: 'loading' })

  const entryPhase = useCallback(async (): Promise<Phase> => {
    if (!(await isSetUp(db))) return { name: 'setup' }
    return { name: 'login', organisation: (await readOrganisation(db))?.name ?? null }
  }, [db])
  const toLogin = useCallback(() => entryPhase().then(setPhase), [entryPhase])

  useEffect(() => {
    void entryPhase().then(setPhase)
  }, [entryPhase])

  const lock = useCallback(() => {
    setPhase((p) => (p.name === 'open' ? { name: 'locked', user: p.user } : p))
    forgetSearches()
    void workspace.close('auth.lock')
  }, [workspace])

  const logout = useCallback(() => {
    // The next person starts at their own home page, not at what the last one had open.
    window.location.hash = '#/'
    forgetSearches()
    void workspace.close('auth.logout').then(toLogin)
  }, [workspace, toLogin])

  useAutoLock(db, phase.name === 'open', lock)

  const onSetup = async (result: SetupResult) => {
    const session = await completeSetup(db, workspace.keeper, result)
    await workspace.open(session, 'workspace.setup')
    // The organisation's self-issued certificate is made now, so the first agreement can take effect
    // without a detour through settings. If it fails, settings → 机构证书 still offers it.
    await workspace.repositories.signing.createSelfIssued().catch((error: unknown) => {
      console.warn('setup: the organisation certificate was not created', (error as Error).name)
    })
    setPhase({ name: 'open', user: session.user })
  }

  const onLogin = async (username: string, password: string) => {
    const session = await login(db, workspace.keeper, username, password)
    await workspace.open(session, 'auth.login')
    setPhase({ name: 'open', user: session.user })
  }

  const onUnlock = async (password: string) => {
    if (phase.name !== 'locked') return
    const session = await login(db, workspace.keeper, phase.user.username, password)
    await workspace.open(session, 'auth.unlock')
    setPhase({ name: 'open', user: session.user })
  }

  switch (phase.name) {
    case 'loading':
      return (
        <Center mih="100vh">
          <Loader />
        </Center>
      )
    case 'setup':
      return <SetupWizard onComplete={onSetup} />
    case 'login':
      return (
        <LoginScreen
          organisationName={phase.organisation}
          onLogin={onLogin}
          onRecover={(values) => recoverAccount(db, workspace.keeper, values)}
        />
      )
    default: {
      const locked = phase.name === 'locked'
      return (
        <SessionProvider value={{ user: phase.user, lock, logout }}>
          <div inert={locked} aria-hidden={locked} style={locked ? { visibility: 'hidden' } : undefined}>
            {children}
          </div>
          {locked && (
            <LockScreen
              displayName={phase.user.displayName}
              username={phase.user.username}
              onUnlock={onUnlock}
              onSwitchUser={logout}
            />
          )}
        </SessionProvider>
      )
    }
  }
}
