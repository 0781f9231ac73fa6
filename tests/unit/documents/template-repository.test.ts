/** Edited templates stored in settings: permission-checked, validated, audited, revertible. */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import { TemplateError } from '../../../renderer/src/domain/documents/override'
import { sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'

describe('template repository', { timeout: 60_000 }, () => {
  it('saves a reworded copy, lists it as custom, uses it, audits it, and reverts', async () => {
    const { repos, db } = await setUpWorkspace()
    const builtIn = await repos.templates.builtIn('rights-notice')
    expect((await repos.templates.list()).find((i) => i.kind === 'rights-notice')).toMatchObject({
      custom: false,
      version: builtIn.version,
    })
    const edited = { ...structuredClone(builtIn), title: '权利义务告知书（{{organisation.name}}）' }
    await repos.templates.save('rights-notice', edited)
    expect((await repos.templates.get('rights-notice')).title).toBe('权利义务告知书（{{organisation.name}}）')
    expect((await repos.templates.all())['rights-notice'].title).toBe(
      '权利义务告知书（{{organisation.name}}）',
    )
    const info = (await repos.templates.list()).find((i) => i.kind === 'rights-notice')
    expect(info).toMatchObject({ custom: true, outdated: false })
    expect(await db.settings.get('template:rights-notice')).toBeDefined()

    await repos.templates.revert('rights-notice')
    expect(await repos.templates.get('rights-notice')).toEqual(builtIn)
    expect(await db.settings.get('template:rights-notice')).toBeUndefined()

    const ids = (await repos.audit.exportAll())
      .filter((e) => e.action === 'settings.update')
      .map((e) => [e.targetId, e.details.template])
    expect(ids).toEqual(
      expect.arrayContaining([
        ['template:rights-notice', 'save'],
        ['template:rights-notice', 'revert'],
      ]),
    )
  })

  it('refuses an unknown placeholder and stores nothing', async () => {
    const { repos, db } = await setUpWorkspace()
    const edited = {
      ...structuredClone(await repos.templates.builtIn('agreement')),
      title: '协议书{{case.unknownField}}',
    }
    await expect(repos.templates.save('agreement', edited)).rejects.toBeInstanceOf(TemplateError)
    expect(await db.settings.get('template:agreement')).toBeUndefined()
    expect((await repos.templates.get('agreement')).title).toBe('人民调解协议书')
  })

  it('lets only administrators change templates; everyone unlocked reads them', async () => {
    const { db, session, repos } = await setUpWorkspace()
    const mediator = createRepositories(db, sessionAs(session, ['mediator']), { kdfCost: TEST_KDF })
    const copy = structuredClone(await repos.templates.builtIn('agreement'))
    await expect(mediator.templates.save('agreement', copy)).rejects.toBeInstanceOf(PermissionError)
    await expect(mediator.templates.revert('agreement')).rejects.toBeInstanceOf(PermissionError)
    expect((await mediator.templates.get('agreement')).kind).toBe('agreement')
  })

  it('ignores a stored copy that no longer passes the checks', async () => {
    const { repos, db } = await setUpWorkspace()
    await db.settings.put({
      key: 'template:agreement',
      value: { template: { kind: 'agreement' }, basedOnVersion: 1 },
    })
    expect(await repos.templates.get('agreement')).toEqual(await repos.templates.builtIn('agreement'))
    expect((await repos.templates.list()).find((i) => i.kind === 'agreement')?.custom).toBe(false)
  })
})
