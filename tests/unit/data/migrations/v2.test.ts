/**
 * Schema v1 → v2, from a fixture of v1. v1 (issue 2) stored case bodies in plaintext; v2 adds
 * accounts, the vault and the audit chain, and setup seals the old bodies.
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { completeSetup } from '../../../../renderer/src/data/auth/setup'
import { generateRecoveryKey } from '../../../../renderer/src/data/crypto/recovery-key'
import { openDatabase } from '../../../../renderer/src/data/schema'
import { createWorkspace } from '../../../../renderer/src/data/workspace'
import { makeRegistration } from '../../../builders/cases'
import { ADMIN_PASSWORD, TEST_KDF, makeOrganisation, sessionAs, keeperOf } from '../../../builders/session'
import { createRepositories } from '../../../../renderer/src/data/repositories'
import { writeV1Case } from '../../../builders/legacy-rows'

/** The v1 schema exactly as released, kept here as a fixture, holding one v1 case. */
async function writeV1Fixture(name: string) {
  const v1 = new Dexie(name)
  v1.version(1).stores({
    cases:
      'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt]',
    counters: 'key',
    settings: 'key',
  })
  await writeV1Case(v1)
  v1.close()
}

describe('schema v1 → v2', () => {
  it('keeps v1 cases and counters, and seals their bodies at setup', async () => {
    const name = `upgrade-${Math.random()}`
    await writeV1Fixture(name)
    const db = openDatabase(name)
    expect(await db.cases.count()).toBe(1)
    expect(db.verno).toBeGreaterThanOrEqual(3)

    const session = await completeSetup(
      db,
      keeperOf(db),
      {
        organisation: makeOrganisation(),
        admin: { username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD, roles: ['admin'] },
        recoveryKey: generateRecoveryKey(),
      },
      { kdfCost: TEST_KDF },
    )
    await createWorkspace(db, keeperOf(db)).open(session, 'workspace.setup')

    const row = await db.cases.get('legacy-1')
    expect(row?.body.alg).toBe('A256GCM')
    expect(JSON.stringify(row)).not.toContain('旧版本登记的案情')
    const mediator = createRepositories(db, sessionAs(session, ['mediator']), {
      now: () => new Date('2026-06-01T08:00:00Z'),
    })
    expect((await mediator.cases.get('legacy-1'))?.facts).toBe('旧版本登记的案情')
    expect((await mediator.cases.search('张三')).map((c) => c.id)).toEqual(['legacy-1'])
    // the counter carried over: the next number follows the old one
    expect((await mediator.cases.register(makeRegistration())).seq).toBe(2)
  })
})
