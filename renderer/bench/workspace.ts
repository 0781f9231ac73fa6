/** A fresh, set-up workspace for the bench page: the same first-run setup the app does, at a cheap KDF cost. */
import { Dexie } from 'dexie'
import { completeSetup, generateRecoveryKey, openDatabase, type MediationDb } from '../src/data'
import { createRepositories, type Repositories } from '../src/data/repositories'
import { createPageKeeper, memoryStorage } from '../src/platform/page-keeper'

/** OWASP's smallest allowed Argon2id cost: setup is not what is measured. */
const KDF = { m: 19456, t: 2, p: 1 }

export async function freshWorkspace(
  name: string,
  organisationName: string,
): Promise<{ db: MediationDb; repos: Repositories }> {
  await Dexie.delete(name)
  const db = openDatabase(name)
  const session = await completeSetup(
    db,
    createPageKeeper(memoryStorage()),
    {
      organisation: {
        name: organisationName,
        kind: 'committee',
        region: '大连市甘井子区',
        numbering: { pattern: '（{year}）{org}人调字第{seq:4}号', orgShortName: '甘' },
      },
      admin: {
        username: 'bench',
        displayName: '基准测试',
        password: 'bench password 1',
        roles: ['admin', 'mediator'],
      },
      recoveryKey: generateRecoveryKey(),
    },
    { kdfCost: KDF },
  )
  return { db, repos: createRepositories(db, session, { kdfCost: KDF }) }
}
