/**
 * Issuing bodies (issue 14 item 1): a case takes its body from its kind, is numbered by it, and a
 * room without a 行政机关 for the sector cannot register 行政调解 (refused in words, nothing stored).
 */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import {
  issuerFor,
  issuingBodies,
  ISSUER_MSG,
} from '../../../renderer/src/domain/organisation/issuing-bodies'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { makeRegistration } from '../../builders/cases'
import * as rec from '../../builders/records'
import { makeOrganisation, sessionAs, setUpWorkspace } from '../../builders/session'

describe('issuing bodies', () => {
  it('refuses 行政调解 in a room with no 行政机关, and stores nothing', async () => {
    const { db, session } = await setUpWorkspace(undefined, { adminBody: false })
    const { cases } = createRepositories(db, sessionAs(session, ['mediator']))
    const error = await cases
      .register(makeRegistration({ kind: 'administrative', sector: 'consumer' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      { path: 'kind', message: ISSUER_MSG.noAdministrative },
    ])
    expect(await db.cases.count()).toBe(0)
    expect(await db.counters.count()).toBe(0)
    // 人民调解 is the committee's and goes on.
    expect((await cases.register(makeRegistration())).issuerId).toBe('committee')
  })

  it('refuses a sector no 行政机关 here mediates', async () => {
    const { db, session } = await setUpWorkspace(undefined, { adminBody: false })
    const admin = createRepositories(db, session)
    await admin.settings.setOtherBodies([
      {
        id: 'admin-police',
        type: 'administrative',
        name: '某公安派出所',
        sectors: ['public-security'],
        pattern: '（{year}）{org}治调字第{seq:4}号',
        shortName: '甘公',
      },
    ])
    const { cases } = createRepositories(db, sessionAs(session, ['mediator']))
    await expect(
      cases.register(makeRegistration({ kind: 'administrative', sector: 'labour' })),
    ).rejects.toMatchObject({
      issues: [{ path: 'kind', message: ISSUER_MSG.noAdministrative }],
    })
    const police = await cases.register(
      makeRegistration({ kind: 'administrative', sector: 'public-security' }),
    )
    expect(police).toMatchObject({ issuerId: 'admin-police', seq: 1 })
    expect(police.caseNo).toMatch(/^（\d{4}）甘公治调字第0001号$/)
  })

  it('numbers court-linked cases under the 特邀调解组织 when there is one, each body counting its own', async () => {
    const { db, session } = await setUpWorkspace()
    const admin = createRepositories(db, session)
    const others = await admin.settings.getOtherBodies()
    await admin.settings.setOtherBodies([
      ...others,
      {
        id: 'invited-1',
        type: 'invited',
        name: '某特邀调解组织',
        sectors: [],
        pattern: '（{year}）{org}特调字第{seq:3}号',
        shortName: '特',
      },
    ])
    const { cases } = createRepositories(db, sessionAs(session, ['mediator']))
    const people = await cases.register(makeRegistration())
    const court = await cases.register(
      makeRegistration({
        kind: 'court-delegated',
        source: 'court-referral',
        courtReferral: rec.courtReferral(),
      }),
    )
    const admin1 = await cases.register(makeRegistration({ kind: 'administrative', sector: 'consumer' }))
    expect([people, court, admin1].map((c) => [c.issuerId, c.seq])).toEqual([
      ['committee', 1],
      ['invited-1', 1],
      ['admin-test', 1],
    ])
    expect(court.caseNo).toMatch(/特调字第001号$/)
  })

  it('keeps the list consistent: a 行政机关 needs a sector, a sector one body', async () => {
    const { db, session } = await setUpWorkspace(undefined, { adminBody: false })
    const { settings } = createRepositories(db, session)
    const body = {
      id: 'admin-a',
      type: 'administrative' as const,
      name: '甲',
      sectors: [] as 'traffic'[],
      pattern: '（{year}）{org}行调字第{seq:4}号',
      shortName: '甲',
    }
    await expect(settings.setOtherBodies([body])).rejects.toMatchObject({
      issues: [{ path: '0.sectors', message: ISSUER_MSG.sectorsRequired }],
    })
    await expect(
      settings.setOtherBodies([
        { ...body, sectors: ['traffic'] },
        { ...body, id: 'admin-b', sectors: ['traffic'] },
      ]),
    ).rejects.toMatchObject({ issues: [{ path: '1.sectors', message: ISSUER_MSG.sectorTaken }] })
    const mediator = createRepositories(db, sessionAs(session, ['mediator']))
    await expect(mediator.settings.setOtherBodies([])).rejects.toThrow()
  })

  it('picks the body by kind', () => {
    const bodies = issuingBodies(makeOrganisation(), [
      {
        id: 'a',
        type: 'administrative',
        name: '交警',
        sectors: ['traffic'],
        pattern: 'p{year}{seq}',
        shortName: 'x',
      },
    ])
    expect(issuerFor('people', null, bodies)?.id).toBe('committee')
    expect(issuerFor('administrative', 'traffic', bodies)?.id).toBe('a')
    expect(issuerFor('administrative', 'labour', bodies)).toBeNull()
    expect(issuerFor('court-entrusted', null, bodies)?.id).toBe('committee')
  })
})
