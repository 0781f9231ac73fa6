/**
 * Test builders for unlocked workspaces. Keys are real (WebCrypto); password hashing uses OWASP's
 * smallest allowed Argon2id cost, so tests stay quick without ever going below the minimum.
 */
import { completeSetup } from '../../renderer/src/data/auth/setup'
import type { Session } from '../../renderer/src/data/auth/session'
import type { KdfCost } from '../../renderer/src/data/auth/user-keys'
import { generateKeyring } from '../../renderer/src/data/crypto/keyring'
import { generateRecoveryKey } from '../../renderer/src/data/crypto/recovery-key'
import { createRepositories } from '../../renderer/src/data/repositories'
import { openDatabase, type MediationDb } from '../../renderer/src/data/schema'
import type { Role } from '../../renderer/src/domain/auth/roles'
import type { Keeper } from '../../renderer/src/data/keeper'
import { createPageKeeper, memoryStorage } from '../../renderer/src/platform/page-keeper'

export const TEST_KDF: KdfCost = { m: 19456, t: 2, p: 1 }

/**
 * The keeper of a test database — what main keeps outside IndexedDB — as the browser build keeps
 * it, in storage of its own (a Map here): one per database, made on first use, so a test that
 * edits the database never touches it, as on a real PC.
 */
const keepers = new WeakMap<object, Keeper>()
export function keeperOf(db: MediationDb, now?: () => Date): Keeper {
  let keeper = keepers.get(db)
  if (!keeper) {
    keeper = createPageKeeper(memoryStorage(), now)
    keepers.set(db, keeper)
  }
  return keeper
}
export const ADMIN_PASSWORD = 'correct horse battery'

let n = 0
export const freshDb = (prefix = 'test'): MediationDb => openDatabase(`${prefix}-${++n}-${Math.random()}`)

export function makeOrganisation() {
  return {
    name: '大连市某街道人民调解委员会',
    kind: 'committee' as const,
    region: '大连市甘井子区',
    numbering: { pattern: '（{year}）{org}人调字第{seq:4}号', orgShortName: '甘' },
  }
}

/**
 * The 行政机关 a test room has (issue 14: without one, 行政调解 cannot be registered), for every
 * sector, numbering 行调字.
 */
export const TEST_ADMIN_BODY = {
  id: 'admin-test',
  type: 'administrative' as const,
  name: '大连市甘井子区某行政机关',
  sectors: ['public-security', 'traffic', 'consumer', 'labour', 'land', 'other'] as const,
  pattern: '（{year}）{org}行调字第{seq:4}号',
  shortName: '甘',
}

/**
 * A real first-run setup: organisation, administrator, recovery key; with `adminBody` (default)
 * the room also has a 行政机关 (written straight to settings, as a fixture, without an audit entry).
 */
export async function setUpWorkspace(db: MediationDb = freshDb(), { adminBody = true } = {}) {
  const recoveryKey = generateRecoveryKey()
  const session = await completeSetup(
    db,
    keeperOf(db),
    {
      organisation: makeOrganisation(),
      admin: { username: 'admin', displayName: '管理员甲', password: ADMIN_PASSWORD, roles: ['admin'] },
      recoveryKey,
    },
    { kdfCost: TEST_KDF },
  )
  if (adminBody)
    await db.settings.put({
      key: 'issuing-bodies',
      value: [{ ...TEST_ADMIN_BODY, sectors: [...TEST_ADMIN_BODY.sectors] }],
    })
  return { db, session, recoveryKey, repos: createRepositories(db, session, { kdfCost: TEST_KDF }) }
}

/** Another session on the same keyring with the given roles (as a login would produce). */
export function sessionAs(base: Session, roles: Role[], id = `user-${roles.join('-')}`): Session {
  return { ...base, user: { id, username: id, displayName: id, roles } }
}

/** A session with its own fresh keyring, for tests that need nothing but keys. */
export async function bareSession(roles: Role[]): Promise<Session> {
  return {
    user: { id: 'u1', username: 'u1', displayName: 'U', roles },
    keyring: await generateKeyring(),
    counsellingKey: null,
    adminKey: null,
    workspaceId: crypto.randomUUID(),
    keeper: createPageKeeper(memoryStorage()),
  }
}
