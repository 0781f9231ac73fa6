/**
 * Confidentiality by construction: every operation on counselling data, invoked by an
 * administrator, a mediator, judicial staff, or ANOTHER counsellor, is refused — with an error
 * that carries no content — and leaves every stored row as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories'
import { CounsellingError } from '../../../renderer/src/data/repositories/counselling/counselling-error'
import type { MediationDb } from '../../../renderer/src/data/schema'
import { PermissionError, ROLES, type Role } from '../../../renderer/src/domain/auth/roles'
import { makeRegistration } from '../../builders/cases'
import {
  makeClient,
  makeConsent,
  makeException,
  makeReferral,
  makeSessionNote,
  setUpWorkspace,
  userSession,
  type Workspace,
} from '../../builders/counselling'
import { sessionAs } from '../../builders/session'

type Ctx = { clientId: string; draftId: string; signedId: string; referralId: string; caseId: string }
type Op = (r: Repositories, c: Ctx) => Promise<unknown>

const MARKER = 'CLIENTMARKER7f3a'

/** Every operation of the counsellor's repository and the counsellor side of referrals. */
const OWNER_OPERATIONS: Record<string, Op> = {
  'counselling.listClients': (r) => r.counselling.listClients(),
  'counselling.getClient': (r, c) => r.counselling.getClient(c.clientId),
  'counselling.createClient': (r) => r.counselling.createClient(makeClient()),
  'counselling.updateClient': (r, c) => r.counselling.updateClient(c.clientId, makeClient({ name: '改' })),
  'counselling.setWatch': (r, c) => r.counselling.setWatch(c.clientId, { flagged: true, followUps: [] }),
  'counselling.addRecord': (r, c) => r.counselling.addRecord(c.clientId, 'session', makeSessionNote()),
  'counselling.updateRecord': (r, c) =>
    r.counselling.updateRecord(c.draftId, makeSessionNote({ plan: '改' })),
  'counselling.signRecord': (r, c) => r.counselling.signRecord(c.draftId),
  'counselling.addAddendum': (r, c) => r.counselling.addAddendum(c.signedId, { reason: '更正', text: '补' }),
  'counselling.getRecord': (r, c) => r.counselling.getRecord(c.signedId),
  'counselling.purgeExpired': (r) => r.counselling.purgeExpired(),
  'referrals.pending': (r) => r.referrals.pending(),
  'referrals.accept': (r, c) => r.referrals.accept(c.referralId),
  'referrals.decline': (r, c) => r.referrals.decline(c.referralId),
}

let ws: Workspace
let ctx: Ctx
const sessions: Record<string, Repositories> = {}

/** Operations on the caller's own files: another counsellor may call them, and sees only their own. */
const SELF_SCOPED = new Set([
  'counselling.listClients',
  'counselling.createClient',
  'counselling.purgeExpired',
  'referrals.pending',
])

let ownerId = ''

/** Everything stored about the owner's counselling, as bytes and fields, to prove refusals change nothing. */
async function snapshot(db: MediationDb): Promise<string> {
  const rows = {
    clients: await db.counsellingClients.where('ownerId').equals(ownerId).toArray(),
    records: await db.counsellingRecords.where('ownerId').equals(ownerId).toArray(),
    referrals: await db.referrals.where('counsellorId').equals(ownerId).toArray(),
  }
  return JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v))
}

beforeAll(async () => {
  ws = await setUpWorkspace()
  const owner = await userSession(ws, 'owner', ['counsellor'])
  ownerId = owner.id
  const other = await userSession(ws, 'other', ['counsellor'])
  const mediator = await userSession(ws, 'med', ['mediator'])
  const judicial = await userSession(ws, 'jud', ['judicial'])
  const c = owner.repos.counselling
  const client = await c.createClient(makeClient({ name: MARKER }))
  await c.addRecord(client.id, 'consent', makeConsent())
  const signed = await c.addRecord(client.id, 'session', makeSessionNote({ freeText: MARKER }), {
    sign: true,
  })
  const draft = await c.addRecord(client.id, 'session', makeSessionNote({ freeText: MARKER }))
  await c.addRecord(client.id, 'exception', makeException({ disclosed: MARKER }))
  const kase = await mediator.repos.cases.register(makeRegistration())
  const referral = await mediator.repos.referrals.create(kase.id, makeReferral(owner.id, { reason: MARKER }))
  ctx = {
    clientId: client.id,
    draftId: draft.id,
    signedId: signed.id,
    referralId: referral.id,
    caseId: kase.id,
  }
  Object.assign(sessions, {
    owner: owner.repos,
    admin: ws.repos,
    mediator: mediator.repos,
    judicial: judicial.repos,
    'another counsellor': other.repos,
    // a counsellor's role without the counsellor's key (as a forged session would have)
    'counsellor role without a key': createRepositories(
      ws.db,
      sessionAs(ws.session, ['counsellor'], owner.id),
    ),
  })
})

describe('counselling operations by anyone but their owner', () => {
  it('the list covers every operation of the counselling repository', () => {
    // exportOwn asks the caller's own password again: its refusals (another counsellor gets only
    // their own files, a wrong password, an administrator) are in tests/unit/backup/readable-export.test.ts.
    const ops = Object.keys(ws.repos.counselling)
      .map((m) => `counselling.${m}`)
      .filter((o) => o !== 'counselling.exportOwn')
    expect(ops.sort()).toEqual(
      Object.keys(OWNER_OPERATIONS)
        .filter((o) => o.startsWith('counselling.'))
        .sort(),
    )
  })

  for (const who of [
    'admin',
    'mediator',
    'judicial',
    'another counsellor',
    'counsellor role without a key',
  ]) {
    for (const [op, run] of Object.entries(OWNER_OPERATIONS)) {
      const scoped = who === 'another counsellor' && SELF_SCOPED.has(op)
      const title = scoped ? 'reaches only their own files' : 'is refused, without content'
      it(`${who}: ${op} ${title}, changing nothing of the owner's`, async () => {
        const before = await snapshot(ws.db)
        const outcome = await run(sessions[who] as Repositories, ctx).then(
          (value: unknown) => ({ value }),
          (error: unknown) => ({ error }),
        )
        if (scoped) {
          expect(outcome).toHaveProperty('value')
          const text = JSON.stringify((outcome as { value: unknown }).value ?? null)
          expect(text).not.toContain(MARKER)
          expect(text).not.toContain(ctx.clientId)
        } else {
          const error = (outcome as { error?: unknown }).error
          expect(error instanceof PermissionError || error instanceof CounsellingError).toBe(true)
          expect(String((error as Error).message)).not.toContain(MARKER)
        }
        expect(await snapshot(ws.db)).toBe(before)
      })
    }
  }

  it("another counsellor's list holds only their own client", async () => {
    const other = sessions['another counsellor'] as Repositories
    const list = await other.counselling.listClients()
    expect(list.map((c) => c.name)).toEqual(['小林'])
    expect(await other.referrals.pending()).toEqual([])
  })

  it('the owner can do each of them', async () => {
    const owner = sessions.owner as Repositories
    for (const [op, run] of Object.entries(OWNER_OPERATIONS)) {
      if (op === 'referrals.decline') continue // the referral was accepted just before
      await expect(run(owner, ctx), op).resolves.not.toThrow()
    }
  })
})

describe('the other counselling operations, by role', () => {
  const ALLOWED: Record<string, { roles: Role[]; run: Op }> = {
    'counsellingAdmin.counts': { roles: ['admin'], run: (r) => r.counsellingAdmin.counts() },
    'counsellingAdmin.getRetentionYears': {
      roles: ['admin', 'mediator', 'judicial', 'counsellor'],
      run: (r) => r.counsellingAdmin.getRetentionYears(),
    },
    'counsellingAdmin.setRetentionYears': {
      roles: ['admin'],
      run: (r) => r.counsellingAdmin.setRetentionYears(10),
    },
    'counsellingAdmin.purgeExpired': { roles: ['admin'], run: (r) => r.counsellingAdmin.purgeExpired() },
    'counsellingAdmin.counsellors': { roles: ['admin'], run: (r) => r.counsellingAdmin.counsellors() },
    'counsellingAdmin.transfer': {
      roles: ['admin'],
      run: (r) => r.counsellingAdmin.transfer('nobody', 'nobody-else', ws.recoveryKey),
    },
    'referrals.create': {
      roles: ['mediator', 'judicial'],
      run: async (r, c) =>
        r.referrals.create(
          c.caseId,
          makeReferral((await ws.db.users.where('username').equals('owner').first())?.id ?? ''),
        ),
    },
    'referrals.forCase': {
      roles: ['admin', 'mediator', 'judicial'],
      run: (r, c) => r.referrals.forCase(c.caseId),
    },
  }

  it('the list covers every operation', () => {
    const ops = [
      ...Object.keys(ws.repos.counsellingAdmin).map((m) => `counsellingAdmin.${m}`),
      ...['create', 'forCase'].map((m) => `referrals.${m}`),
    ]
    expect(ops.sort()).toEqual(Object.keys(ALLOWED).sort())
    expect(Object.keys(ws.repos.referrals).sort()).toEqual([
      'accept',
      'create',
      'decline',
      'forCase',
      'pending',
    ])
  })

  for (const [op, { roles, run }] of Object.entries(ALLOWED)) {
    for (const role of ROLES) {
      const allowed = roles.includes(role)
      it(`${role} ${allowed ? 'may' : 'may not'} ${op}`, async () => {
        const repos = createRepositories(ws.db, sessionAs(ws.session, [role], `actor-${role}`))
        const error = await run(repos, ctx).then(
          () => null,
          (e: unknown) => e,
        )
        // "may" means the permission check lets the call through (it may still refuse bad input)
        if (allowed) expect(error).not.toBeInstanceOf(PermissionError)
        else expect(error).toBeInstanceOf(PermissionError)
      })
    }
  }

  it('an administrator transfers only with user:manage, and an unknown counsellor is refused', async () => {
    await expect(
      ws.repos.counsellingAdmin.transfer('nobody', 'nobody-else', ws.recoveryKey),
    ).rejects.toMatchObject({
      code: 'target-invalid',
    })
  })

  it('counts are numbers only', async () => {
    const counts = await ws.repos.counsellingAdmin.counts()
    for (const v of Object.values(counts)) expect(typeof v).toBe('number')
    expect(counts.clients).toBeGreaterThan(0)
    expect(JSON.stringify(counts)).not.toContain(MARKER)
  })
})
