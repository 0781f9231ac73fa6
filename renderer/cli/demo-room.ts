/**
 * A demo mediation room in memory (fake-indexeddb), for the command-line tools and the export
 * benchmark: set up like a real first run, with a self-issued organisation certificate, demo cases
 * from the deterministic generator and a few screening rounds.
 */
import 'fake-indexeddb/auto'
import { completeSetup } from '../src/data/auth/setup'
import type { Session } from '../src/data/auth/session'
import { generateRecoveryKey } from '../src/data/crypto/recovery-key'
import { createRepositories, type Repositories } from '../src/data/repositories'
import { openDatabase, type MediationDb } from '../src/data/schema'
import { signingPort } from '../src/output/signing'
import { generateDemoCases } from '../src/demo'
import { createPageKeeper, memoryStorage } from '../src/platform/page-keeper'

/** OWASP's smallest Argon2id cost: the demo workspace's password is thrown away with it. */
const KDF = { m: 19456, t: 2, p: 1 }

export interface DemoRoom {
  db: MediationDb
  session: Session
  repos: Repositories
}

export async function demoWorkspace(name: string, region = '大连市甘井子区'): Promise<DemoRoom> {
  const db = openDatabase(`demo-${name}-${Math.random()}`)
  const session = await completeSetup(
    db,
    createPageKeeper(memoryStorage()),
    {
      organisation: {
        name,
        kind: 'committee',
        region,
        numbering: { pattern: '（{year}）{org}人调字第{seq:4}号', orgShortName: '甘' },
      },
      admin: {
        username: 'admin',
        displayName: '管理员',
        password: 'demo password 2026',
        roles: ['admin', 'mediator'],
      },
      recoveryKey: generateRecoveryKey(),
    },
    { kdfCost: KDF },
  )
  const repos = createRepositories(db, session, { kdfCost: KDF, signing: signingPort })
  return { db, session, repos }
}

export async function demoRoom(options: { cases: number; seed: number; now: Date }): Promise<DemoRoom> {
  const room = await demoWorkspace('大连市甘井子区泉水街道人民调解委员会')
  await room.repos.signing.createSelfIssued()
  for (let start = 0; start < options.cases; start += 1000) {
    const count = Math.min(1000, options.cases - start)
    await room.repos.cases.importDrafts(
      generateDemoCases({ seed: options.seed, count, now: options.now, startIndex: start }),
    )
  }
  const year = options.now.getFullYear()
  for (const [month, found] of [
    [3, 2],
    [6, 0],
    [9, 4],
  ] as const) {
    await room.repos.statistics.addScreening({ date: `${year}-0${month}-10`, area: '泉水街道各网格', found })
  }
  return room
}
