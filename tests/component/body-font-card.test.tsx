/**
 * Settings → PDF 文书字体: which font PDFs use for body text and titles; the administrator points
 * to a TTF through main's dialog (a grant for `fonts`, audited with the file's name and family,
 * never its path), or goes back to the automatic search; the browser build says it cannot.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PermissionError, type Role } from '../../renderer/src/domain/auth/roles'
import { documentFontSource } from '../../renderer/src/features/documents/fonts'
import { BodyFontCard } from '../../renderer/src/features/settings/SettingsPage/BodyFontCard'
import type { BodyFace, FontsPlatform, SystemFaceResult } from '../../renderer/src/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { renderWithSession } from './render-app'

const FOUND: BodyFace = {
  source: 'found',
  family: '仿宋',
  postscriptName: 'FangSong',
  fileName: 'simfang.ttf',
  size: 10_584_100,
}

function fakeFonts(initial: SystemFaceResult, choose: Awaited<ReturnType<FontsPlatform['choose']>>) {
  let state = initial
  return {
    available: true,
    systemFace: vi.fn<FontsPlatform['systemFace']>(() => Promise.resolve(state)),
    choose: vi.fn<FontsPlatform['choose']>(() => {
      if (choose.status === 'chosen') state = { face: choose.face, chosenProblem: null }
      return Promise.resolve(choose)
    }),
    clear: vi.fn<FontsPlatform['clear']>(() => {
      state = { face: null, chosenProblem: null }
      return Promise.resolve({ status: 'cleared' })
    }),
  } satisfies FontsPlatform
}

const render = (fonts: FontsPlatform, roles?: Role[]) =>
  renderWithSession(<BodyFontCard />, { platform: { ...createBrowserPlatform(), fonts }, roles })

describe('BodyFontCard', () => {
  it('in the browser: no choosing, and PDFs use the embedded font throughout', async () => {
    const { t } = await renderWithSession(<BodyFontCard />)
    expect(await screen.findByText(t('bodyFont.body', { font: t('bodyFont.browser') }))).toBeVisible()
    expect(screen.getByText(t('bodyFont.titles'))).toBeVisible()
    expect(screen.queryByTestId('body-font-choose')).toBeNull()
  })

  it('shows the 仿宋 found; the administrator chooses another, audited by file name and family', async () => {
    const chosen: BodyFace = { ...FOUND, source: 'chosen', family: '方正仿宋_GBK', fileName: 'FZFSK.TTF' }
    const fonts = fakeFonts({ face: FOUND, chosenProblem: null }, { status: 'chosen', face: chosen })
    const platform = { ...createBrowserPlatform(), fonts }
    const { t, repositories } = await renderWithSession(<BodyFontCard />, { platform })
    const found = t('bodyFont.found', { family: '仿宋', file: 'simfang.ttf' })
    expect(await screen.findByText(t('bodyFont.body', { font: found }))).toBeVisible()
    expect(fonts.systemFace).toHaveBeenCalledWith(false)
    const before = documentFontSource(platform)

    await userEvent.click(screen.getByTestId('body-font-choose'))
    await waitFor(() =>
      expect(fonts.choose).toHaveBeenCalledWith(expect.objectContaining({ token: expect.anything() })),
    )
    expect(await screen.findByText(t('bodyFont.chosenDone', { family: '方正仿宋_GBK' }))).toBeVisible()
    const now = t('bodyFont.chosen', { family: '方正仿宋_GBK', file: 'FZFSK.TTF' })
    expect(await screen.findByText(t('bodyFont.body', { font: now }))).toBeVisible()
    // The next PDF reads the new font: a new source.
    expect(documentFontSource(platform).id).not.toBe(before.id)

    const { items } = await repositories.audit.list({ action: 'settings.update', page: 0, pageSize: 10 })
    const entry = items.find((e) => e.targetId === 'body-font')
    expect(entry?.details).toEqual({ fileName: 'FZFSK.TTF', family: '方正仿宋_GBK' })

    await userEvent.click(screen.getByRole('button', { name: t('bodyFont.clear') }))
    expect(await screen.findByText(t('bodyFont.cleared'))).toBeVisible()
    expect(await screen.findByText(t('bodyFont.body', { font: t('bodyFont.none') }))).toBeVisible()
  })

  it('refuses a file that is no usable font with the reason, and changes and audits nothing', async () => {
    const fonts = fakeFonts(
      { face: null, chosenProblem: null },
      { status: 'invalid', fileName: 'simsun.ttc', problem: 'collection' },
    )
    const { t, repositories } = await render(fonts)
    await userEvent.click(await screen.findByTestId('body-font-choose'))
    expect(
      await screen.findByText(
        t('bodyFont.invalid', { file: 'simsun.ttc', problem: t('bodyFont.problem.collection') }),
      ),
    ).toBeVisible()
    const { items } = await repositories.audit.list({ action: 'settings.update', page: 0, pageSize: 10 })
    expect(items.some((e) => e.targetId === 'body-font')).toBe(false)
  })

  it('says when the chosen file cannot be used any more (and which font is used instead)', async () => {
    const fonts = fakeFonts(
      { face: FOUND, chosenProblem: { fileName: 'FZFSK.TTF', problem: 'missing' } },
      { status: 'cancelled' },
    )
    const { t } = await render(fonts)
    expect(await screen.findByTestId('body-font-problem')).toHaveTextContent(
      t('bodyFont.chosenProblem', { file: 'FZFSK.TTF', problem: t('bodyFont.problem.missing') }),
    )
    expect(screen.getByRole('button', { name: t('bodyFont.clear') })).toBeVisible()
  })

  it('the repository refuses those who do not manage settings before main is asked', async () => {
    const fonts = fakeFonts({ face: null, chosenProblem: null }, { status: 'cancelled' })
    const { repositories } = await render(fonts, ['mediator'])
    const apply = vi.fn(() => Promise.resolve({ status: 'cleared' as const }))
    await expect(repositories.settings.changeBodyFont(apply)).rejects.toBeInstanceOf(PermissionError)
    expect(apply).not.toHaveBeenCalled()
  })
})
