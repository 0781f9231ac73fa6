/**
 * The role/permission matrix for every repository operation, written out by hand (not derived from
 * the code under test): each role either may do the operation or gets a PermissionError.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories'
import { PermissionError, ROLES, type Role } from '../../../renderer/src/domain/auth/roles'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { memorySink, memorySource } from '../../../renderer/src/data/backup/ports'
import { makePersonDetails, makeRegistration } from '../../builders/cases'
import { sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'

type Ctx = { caseId: string; userId: string; recoveryKey: string; attachmentId: string; personId: string }
type Op = (r: Repositories, ctx: Ctx) => Promise<unknown>
const PDF = new TextEncoder().encode('%PDF-1.7\n%test\n')

let unique = 0
const OPERATIONS: Record<string, Op> = {
  'cases.register': (r) => r.cases.register(makeRegistration()),
  'cases.get': (r, c) => r.cases.get(c.caseId),
  'cases.list': (r) => r.cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 5 }),
  'cases.search': (r) => r.cases.search('张三'),
  'users.list': (r) => r.users.list(),
  'users.create': (r) =>
    r.users.create({
      username: `new${++unique}`,
      displayName: '新',
      roles: ['mediator'],
      password: 'long password 1',
    }),
  'users.update': (r, c) => r.users.update(c.userId, { displayName: '改', roles: ['mediator'] }),
  'users.setDisabled': (r, c) => r.users.setDisabled(c.userId, false),
  'users.resetPassword': (r, c) => r.users.resetPassword(c.userId, c.recoveryKey, 'reset password 1'),
  'audit.list': (r) => r.audit.list({ page: 0, pageSize: 5 }),
  'audit.verify': (r) => r.audit.verify(),
  'audit.exportAll': (r) => r.audit.exportAll(),
  'settings.setNumbering': (r) =>
    r.settings.setNumbering({ pattern: '（{year}）{org}调字{seq:4}号', orgShortName: '甘' }),
  'settings.setAutoLockMinutes': (r) => r.settings.setAutoLockMinutes(10),
  'settings.setSigningLockMinutes': (r) => r.settings.setSigningLockMinutes(30),
  'settings.getNumbering': (r) => r.settings.getNumbering(),
  'settings.getIssuingBodies': (r) => r.settings.getIssuingBodies(),
  'settings.getOtherBodies': (r) => r.settings.getOtherBodies(),
  'settings.setOtherBodies': (r) => r.settings.setOtherBodies([]),
  'account.changePassword': () => Promise.resolve('checked in accounts.test'),
  'cases.listDeadlines': (r) => r.cases.listDeadlines('2026-03-01'),
  'cases.deadlineCounts': (r) => r.cases.deadlineCounts('2026-03-01'),
  'cases.records': (r, c) => r.cases.records(c.caseId),
  'cases.addRecord': (r, c) => r.cases.addRecord(c.caseId, 'risk', { level: 'yellow', reason: '情绪激动' }),
  'cases.transitions': (r, c) => r.cases.transitions(c.caseId),
  'cases.transition': (r, c) => r.cases.transition(c.caseId, 'accept').catch(ignoreWorkflow),
  'cases.importDrafts': (r) => r.cases.importDrafts([]),
  'users.directory': (r) => r.users.directory(),
  'security.adminGrant': (r) => r.security.adminGrant('backup'),
  'security.canSign': (r) => r.security.canSign(),
  'backup.status': (r) => r.backup.status(),
  'backup.setPolicy': (r) => r.backup.setPolicy({ auto: false, everyDays: 1, keep: 5, warnDays: 7 }),
  'backup.create': (r) => r.backup.create(memorySink(), { reason: 'manual', where: 'file', appVersion: 't' }),
  'backup.verify': (r) => r.backup.verify(memorySource(new Uint8Array(64))),
  'backup.exportReadable': (r, c) =>
    r.backup.exportReadable(memorySink(), { proof: { recoveryKey: c.recoveryKey }, appVersion: 't' }),
  'cases.addAttachment': (r, c) => r.cases.addAttachment(c.caseId, { name: 'a.pdf', data: PDF }),
  'cases.attachments': (r, c) => r.cases.attachments(c.caseId),
  'cases.openAttachment': (r, c) => r.cases.openAttachment(c.attachmentId),
  'persons.get': (r, c) => r.persons.get(c.personId),
  'persons.match': (r) => r.persons.match({ idNumber: '11010519491231002X' }),
  'persons.casesOf': (r, c) => r.persons.casesOf(c.personId),
  'persons.update': (r, c) => r.persons.update(c.personId, makePersonDetails()),
  'drafts.save': (r) => r.drafts.save('x', { a: 1 }),
  'drafts.load': (r) => r.drafts.load('x'),
  'drafts.clear': (r) => r.drafts.clear('x'),
  'statistics.statInputs': (r) => r.statistics.statInputs(NOV_RANGE),
  'statistics.compute': (r) => r.statistics.compute(NOV, 'disputeType'),
  'statistics.statutory': (r) => r.statistics.statutory(NOV),
  'statistics.drillDown': (r) => r.statistics.drillDown(NOV, 'received'),
  'statistics.recordExport': (r) => r.statistics.recordExport(NOV, 'xlsx'),
  'statistics.screeningFacts': (r) => r.statistics.screeningFacts(NOV_RANGE),
  'statistics.screenings': (r) => r.statistics.screenings(NOV_RANGE),
  'statistics.addScreening': (r) => r.statistics.addScreening(SCREENING),
  'statistics.updateScreening': async (r) =>
    r.statistics.updateScreening((await statsMediator().statistics.addScreening(SCREENING)).id, SCREENING),
  'statistics.deleteScreening': async (r) =>
    r.statistics.deleteScreening((await statsMediator().statistics.addScreening(SCREENING)).id),
  'statistics.fileZeroReport': (r) =>
    r.statistics.fileZeroReport({ kind: 'month', year: 2020, month: ++zeroMonth }).catch(ignoreWorkflow),
  'statistics.periodReports': (r) => r.statistics.periodReports(),
  'settings.getDeadlineRules': (r) => r.settings.getDeadlineRules(),
  'settings.getHolidayCalendar': (r) => r.settings.getHolidayCalendar(),
  'settings.setDeadlineRules': (r) =>
    r.settings.getDeadlineRules().then((rules) => r.settings.setDeadlineRules(rules)),
  'settings.setHolidayCalendar': (r) =>
    r.settings.getHolidayCalendar().then((cal) => r.settings.setHolidayCalendar({ ...cal })),
  'settings.resetHolidayCalendar': (r) => r.settings.resetHolidayCalendar(),
  // Reporting settings are not personal: everyone reads them, administrators change them.
  'settings.getStatisticsSettings': (r) => r.settings.getStatisticsSettings(),
  'settings.setStatisticsSettings': (r) => r.settings.setStatisticsSettings({ rateBase: 'concluded' }),
  'settings.getRoster': (r) => r.settings.getRoster(),
  // 保管期限 of archive volumes: what the cover prints, read by whoever exports a volume.
  'settings.getRetention': (r) => r.settings.getRetention(),
  'settings.setRetention': (r) => r.settings.setRetention({}),
  'settings.setRoster': (r) => r.settings.setRoster({ committees: [] }),
  'settings.getDisputeCatalogue': (r) => r.settings.getDisputeCatalogue(),
  'settings.setDisputeCatalogue': (r) =>
    r.settings.getDisputeCatalogue().then((c) => r.settings.setDisputeCatalogue(c)),
  'statistics.roster': (r) => r.statistics.roster(),
  'settings.changeBodyFont': (r) => r.settings.changeBodyFont(async () => ({ status: 'cancelled' })),
  'settings.changeUploadEndpoint': (r) =>
    r.settings.changeUploadEndpoint('https://district.example/upload', async (e) => e),
  // Templates are wording, not personal data: everyone reads them, administrators change them.
  'templates.list': (r) => r.templates.list(),
  'templates.all': (r) => r.templates.all(),
  'templates.get': (r) => r.templates.get('agreement'),
  'templates.builtIn': (r) => r.templates.builtIn('agreement'),
  'templates.save': async (r) => r.templates.save('agreement', await r.templates.builtIn('agreement')),
  'templates.revert': (r) => r.templates.revert('agreement'),
  'documentLog.generated': (r, c) => r.documentLog.generated(c.caseId, 'agreement', 'pdf'),
}

// Statistics: a month with one registered case, a screening round, and 零上报 of empty months.
const NOV = { kind: 'month', year: 2026, month: 11 } as const
const NOV_RANGE = { from: '2026-11-01', to: '2026-11-30' }
const SCREENING = { date: '2026-11-02', area: '某社区', found: 1, notes: '' }
let zeroMonth = 0
const statsMediator = () => createRepositories(ws.db, sessionAs(ws.session, ['mediator']))

/** Once accepted, accepting again is a workflow refusal, not a permission one: both mean "allowed to try". */
function ignoreWorkflow(error: unknown) {
  if (error instanceof ValidationError) return
  throw error
}

const ALLOWED: Record<string, Role[]> = {
  'cases.register': ['mediator'],
  'cases.get': ['admin', 'mediator', 'judicial'],
  'cases.list': ['admin', 'mediator', 'judicial'],
  'cases.search': ['admin', 'mediator', 'judicial'],
  'users.list': ['admin'],
  'users.create': ['admin'],
  'users.update': ['admin'],
  'users.setDisabled': ['admin'],
  'users.resetPassword': ['admin'],
  'audit.list': ['admin'],
  'audit.verify': ['admin'],
  'audit.exportAll': ['admin'],
  'settings.setNumbering': ['admin'],
  'settings.setAutoLockMinutes': ['admin'],
  'settings.setSigningLockMinutes': ['admin'],
  'settings.getNumbering': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.getIssuingBodies': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.getOtherBodies': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.setOtherBodies': ['admin'],
  'account.changePassword': ['admin', 'mediator', 'judicial', 'counsellor'],
  'cases.listDeadlines': ['admin', 'mediator', 'judicial'],
  'cases.deadlineCounts': ['admin', 'mediator', 'judicial'],
  'cases.records': ['admin', 'mediator', 'judicial'],
  'cases.addRecord': ['mediator', 'judicial'],
  'cases.transitions': ['admin', 'mediator', 'judicial'],
  'cases.transition': ['mediator', 'judicial'],
  'cases.importDrafts': ['admin', 'mediator'],
  'users.directory': ['admin', 'mediator', 'judicial', 'counsellor'],
  'security.adminGrant': ['admin'],
  'security.canSign': ['admin', 'mediator', 'judicial', 'counsellor'],
  'backup.status': ['admin', 'mediator', 'judicial', 'counsellor'],
  'backup.setPolicy': ['admin'],
  'backup.create': ['admin'],
  'backup.verify': ['admin'],
  'backup.exportReadable': ['admin'],
  'cases.addAttachment': ['mediator', 'judicial'],
  'cases.attachments': ['admin', 'mediator', 'judicial'],
  'cases.openAttachment': ['admin', 'mediator', 'judicial'],
  'persons.get': ['admin', 'mediator', 'judicial'],
  'persons.match': ['admin', 'mediator', 'judicial'],
  'persons.casesOf': ['admin', 'mediator', 'judicial'],
  'persons.update': ['mediator', 'judicial'],
  'drafts.save': ['admin', 'mediator', 'judicial', 'counsellor'],
  'drafts.load': ['admin', 'mediator', 'judicial', 'counsellor'],
  'drafts.clear': ['admin', 'mediator', 'judicial', 'counsellor'],
  'statistics.statInputs': ['admin', 'mediator', 'judicial'],
  'statistics.compute': ['admin', 'mediator', 'judicial'],
  'statistics.statutory': ['admin', 'mediator', 'judicial'],
  'statistics.drillDown': ['admin', 'mediator', 'judicial'],
  'statistics.recordExport': ['admin', 'mediator', 'judicial'],
  'statistics.screeningFacts': ['admin', 'mediator', 'judicial'],
  'statistics.screenings': ['admin', 'mediator', 'judicial'],
  'statistics.addScreening': ['mediator', 'judicial'],
  'statistics.updateScreening': ['mediator', 'judicial'],
  'statistics.deleteScreening': ['mediator', 'judicial'],
  'statistics.fileZeroReport': ['mediator', 'judicial'],
  'statistics.periodReports': ['admin', 'mediator', 'judicial'],
  'settings.getDeadlineRules': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.getHolidayCalendar': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.setDeadlineRules': ['admin'],
  'settings.setHolidayCalendar': ['admin'],
  'settings.resetHolidayCalendar': ['admin'],
  'settings.getStatisticsSettings': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.setStatisticsSettings': ['admin'],
  'settings.getRoster': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.getRetention': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.setRetention': ['admin'],
  'settings.setRoster': ['admin'],
  'settings.getDisputeCatalogue': ['admin', 'mediator', 'judicial', 'counsellor'],
  'settings.setDisputeCatalogue': ['admin'],
  'statistics.roster': ['admin', 'mediator', 'judicial'],
  'settings.changeBodyFont': ['admin'],
  'settings.changeUploadEndpoint': ['admin'],
  'templates.list': ['admin', 'mediator', 'judicial', 'counsellor'],
  'templates.all': ['admin', 'mediator', 'judicial', 'counsellor'],
  'templates.get': ['admin', 'mediator', 'judicial', 'counsellor'],
  'templates.builtIn': ['admin', 'mediator', 'judicial', 'counsellor'],
  'templates.save': ['admin'],
  'templates.revert': ['admin'],
  'documentLog.generated': ['admin', 'mediator', 'judicial'],
}

let ws: Awaited<ReturnType<typeof setUpWorkspace>>
let ctx: Ctx

beforeAll(async () => {
  ws = await setUpWorkspace()
  const mediator = createRepositories(ws.db, sessionAs(ws.session, ['mediator']))
  const c = await mediator.cases.register(makeRegistration())
  const u = await ws.repos.users.create({
    username: 'target',
    displayName: '目标',
    roles: ['mediator'],
    password: 'target password',
  })
  const a = await mediator.cases.addAttachment(c.id, { name: 'evidence.pdf', data: PDF })
  ctx = {
    caseId: c.id,
    userId: u.id,
    recoveryKey: ws.recoveryKey,
    attachmentId: a.id,
    personId: c.parties[0]?.personId ?? '',
  }
})

describe('role/permission matrix', () => {
  it('covers every repository operation', () => {
    const repos = ws.repos as unknown as Record<string, Record<string, unknown>>
    const all = Object.entries(repos)
      // counselling areas have their own matrix, with real counsellor keys: tests/unit/counselling/access.test.ts;
      // agreements and signing too, with the signing port: tests/unit/documents/agreement-permissions.test.ts;
      // exports and the district side: tests/unit/export/permissions.test.ts
      .filter(
        ([area]) =>
          ![
            'sessionLog',
            'counselling',
            'counsellingAdmin',
            'referrals',
            'agreements',
            'signing',
            'exports',
            'district',
          ].includes(area),
      )
      .flatMap(([area, r]) => Object.keys(r).map((m) => `${area}.${m}`))
    const internal = [
      // maintenance that reads and writes no personal data
      'cases.sealLegacyRows',
      'cases.recomputeDueDates',
      'persons.linkLegacyCases',
      'cases.relayoutTokens',
      'cases.refreshFactsBatch',
      'audit.head',
      'settings.getOrganisation',
      'settings.getAutoLockMinutes',
      'settings.getSigningLockMinutes',
      // any signed-in user records their own refusal of a page
      'audit.refused',
      // run by the session at an administrator's login, and a no-op without the signing key
      'security.upkeep',
      // writes backup.restore at the first login after a restore, whoever logs in
      'backup.recordRestore',
    ]
    expect(all.filter((op) => !internal.includes(op)).sort()).toEqual(Object.keys(OPERATIONS).sort())
  })

  for (const [op, run] of Object.entries(OPERATIONS)) {
    for (const role of ROLES) {
      const allowed = ALLOWED[op]?.includes(role)
      it(`${role} ${allowed ? 'may' : 'may not'} ${op}`, async () => {
        const repos = createRepositories(ws.db, sessionAs(ws.session, [role], `actor-${role}`), {
          kdfCost: TEST_KDF,
        })
        const result = run(repos, ctx)
        if (allowed) await expect(result).resolves.not.toThrow()
        else await expect(result).rejects.toBeInstanceOf(PermissionError)
      })
    }
  }

  it('a person holding several roles gets the union', async () => {
    const repos = createRepositories(ws.db, sessionAs(ws.session, ['counsellor', 'mediator'], 'both'))
    await expect(
      repos.cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 1 }),
    ).resolves.toBeTruthy()
    await expect(repos.users.list()).rejects.toBeInstanceOf(PermissionError)
  })
})
