/**
 * Decides what the window shows: first-run setup, the login screen, or the app — with the lock
 * screen in its place when locked. Locking drops the session's keys AND unmounts the app, so no
 * decrypted text stays in the page (record forms keep their sealed drafts; the route is kept, so
 * unlocking returns to the same page). Before any of that: a database that will not open gets its
 * own screen with a retry, an emptied database that this PC's keeper remembers as a workspace is
 * not taken for a first run, and both setup and that screen offer 从备份恢复.
 */
import { Center, Loader } from '@mantine/core'
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react'
import {
  completeSetup,
  isSetUp,
  login,
  readOrganisation,
  recoverAccount,
  type SessionUser,
  type Workspace,
} from '../../data'
import { LockScreen, LoginScreen, type SetupResult } from '../../features/auth'
import { SessionProvider, useServices } from '../../features/shared/services'
import { useAutoLock } from './use-auto-lock'
import { useSystemLock } from './use-system-lock'
import { restoreWorkspace, takeRestoredMark } from './restore-workspace'
import { DataMissingScreen, OpenFailedScreen } from './StorageScreens'

// Cold start shows the login screen: first-run setup, restore and the case list's search memory are
// loaded on first use, so the entry chunk holds none of them (issue 17).
const SetupWizard = lazy(() =>
  import('../../features/auth/SetupWizard/SetupWizard').then((m) => ({ default: m.SetupWizard })),
)
// Choosing a password needs the strength estimator's dictionaries: loaded with the screen.
const ChoosePasswordScreen = lazy(() =>
  Promise.all([
    import('../../features/auth/ChoosePasswordScreen'),
    import('../../domain/auth/password-engine'),
  ]).then(([m]) => ({ default: m.ChoosePasswordScreen })),
)
const RestoreBackup = lazy(() =>
  import('../../features/backup/RestoreBackup').then((m) => ({ default: m.RestoreBackup })),
)
/** The searches the case list remembers are forgotten at lock and logout (nothing to forget if it never loaded). */
const forgetSearches = () => void import('../../features/cases').then((m) => m.forgetSearches())

const loading = (
  <Center mih="100vh">
    <Loader />
  </Center>
)

type Phase =
  | { name: 'loading' }
  | { name: 'open-failed' }
  | { name: 'missing'; cases: number; workspaceId: string }
  | { name: 'restore'; back: Phase; replaces: boolean }
  | { name: 'setup' }
  | { name: 'login'; organisation: string | null }
  | { name: 'open' | 'locked'; user: SessionUser }

export function AuthGate({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const { db } = workspace
  const [phase, setPhase] = useState<Phase>({ name: 'loading' })

  const entryPhase = useCallback(async (): Promise<Phase> => {
    try {
      await db.open()
      if (!(await isSetUp(db))) {
        // The keeper (outside the database) remembers what this PC held: an empty database where
        // a workspace with cases or an audit chain was is a loss to explain, not a first run.
        const record = await workspace.keeper.workspaceRecord().catch(() => null)
        if (record && (record.cases > 0 || record.auditSeq > 0))
          return { name: 'missing', cases: record.cases, workspaceId: record.workspaceId }
        return { name: 'setup' }
      }
      return { name: 'login', organisation: (await readOrganisation(db))?.name ?? null }
    } catch (error) {
      console.warn('storage: the database did not open', (error as Error).name)
      return { name: 'open-failed' }
    }
  }, [db, workspace.keeper])
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
  useSystemLock(useServices().platform, phase.name === 'open', lock)

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
    const restored = takeRestoredMark()
    if (restored) await workspace.repositories.backup.recordRestore(restored).catch(() => undefined)
    setPhase({ name: 'open', user: session.user })
  }

  const toRestore = (back: Phase, replaces: boolean) => setPhase({ name: 'restore', back, replaces })

  const onUnlock = async (password: string) => {
    if (phase.name !== 'locked') return
    const session = await login(db, workspace.keeper, phase.user.username, password)
    await workspace.open(session, 'auth.unlock')
    setPhase({ name: 'open', user: session.user })
  }

  switch (phase.name) {
    case 'loading':
      return loading
    case 'open-failed':
      return <OpenFailedScreen onRetry={() => window.location.reload()} />
    case 'missing':
      return (
        <DataMissingScreen
          cases={phase.cases}
          onRestore={() => toRestore(phase, false)}
          onStartOver={() => {
            void workspace.keeper
              .clearWorkspaceRecord(phase.workspaceId)
              .then(() => setPhase({ name: 'setup' }))
          }}
        />
      )
    case 'restore':
      return (
        <Suspense fallback={loading}>
          <RestoreBackup
            replaces={phase.replaces}
            restore={(source, opener, onProgress) => restoreWorkspace(workspace, source, opener, onProgress)}
            onDone={() => window.location.reload()}
            onCancel={() => setPhase(phase.back)}
          />
        </Suspense>
      )
    case 'setup':
      return (
        <Suspense fallback={loading}>
          <SetupWizard onComplete={onSetup} onRestore={() => toRestore(phase, false)} />
        </Suspense>
      )
    case 'login':
      return (
        <LoginScreen
          organisationName={phase.organisation}
          onLogin={onLogin}
          onRecover={(values) => recoverAccount(db, workspace.keeper, values)}
          onRestore={() => toRestore(phase, true)}
        />
      )
    default: {
      const locked = phase.name === 'locked'
      return (
        <SessionProvider value={{ user: phase.user, lock, logout }}>
          {!locked &&
            (phase.user.mustChangePassword ? (
              <Suspense fallback={loading}>
                <ChoosePasswordScreen
                  onDone={() =>
                    setPhase((p) =>
                      p.name === 'open' ? { ...p, user: { ...p.user, mustChangePassword: false } } : p,
                    )
                  }
                />
              </Suspense>
            ) : (
              children
            ))}
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
