/**
 * The export page, through its real screens on a real (fake-indexeddb) workspace: a room makes a
 * bundle and saves it (then it is in the history); an identified export without a legal basis is
 * refused before anything runs; a district registers a room and imports several files at once,
 * each with its own outcome — imported, or refused with the exact reason.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { generateDemoCases } from '../../renderer/src/demo'
import { BundleError } from '../../renderer/src/domain/export/bundle-errors'
import type { BundleOpener } from '../../renderer/src/domain/export/bundle-session'
import { verifyBundle } from '../../renderer/src/domain/export/verify-bundle'
import { ExportPage } from '../../renderer/src/features/export'
import type { Platform } from '../../renderer/src/platform'
import type { SaveFileRequest } from '../../renderer/src/platform/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { renderWithSession } from './render-app'

function capturingPlatform() {
  const saved: SaveFileRequest[] = []
  const platform: Platform = {
    ...createBrowserPlatform(),
    saveFile: vi.fn((request: SaveFileRequest) => {
      saved.push(request)
      return Promise.resolve({ status: 'saved' as const, path: `/tmp/${request.suggestedName}` })
    }),
  }
  return { platform, saved }
}

async function roomWithBundle() {
  const { platform, saved } = capturingPlatform()
  const view = await renderWithSession(<ExportPage />, { platform })
  await view.repositories.signing.createSelfIssued()
  await view.repositories.cases.importDrafts(generateDemoCases({ seed: 3, count: 12, now: new Date() }))
  return { ...view, saved }
}

describe('ExportPage in a room', () => {
  it('makes a signed bundle, saves it and lists it in the history', async () => {
    const { t, saved, repositories } = await roomWithBundle()
    await userEvent.click(await screen.findByRole('button', { name: t('export.request.start') }))
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30_000 })
    const bundle = await verifyBundle(saved[0]?.data as Uint8Array)
    expect(bundle.manifest.counts.cases).toBe(12)
    expect(bundle.manifest.identified).toBe(false)
    const history = within(await screen.findByTestId('export-history'))
    expect(await history.findByText(saved[0]?.suggestedName as string)).toBeVisible()
    expect((await repositories.exports.history())[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
  }, 60_000)

  it('refuses an identified export without a legal basis, before anything runs', async () => {
    const { t, saved } = await roomWithBundle()
    await userEvent.click(await screen.findByTestId('export-identified'))
    await userEvent.click(screen.getByRole('button', { name: t('export.request.start') }))
    expect(await screen.findByText(t('exportValidation.legalBasisRequired'))).toBeVisible()
    expect(saved).toHaveLength(0)
  })
})

describe('ExportPage in a district office', () => {
  it('registers a room, imports several bundles at once and says what became of each', async () => {
    const room = await roomWithBundle()
    await userEvent.click(await screen.findByRole('button', { name: room.t('export.request.start') }))
    await waitFor(() => expect(room.saved).toHaveLength(1), { timeout: 30_000 })
    const pem = await room.repositories.exports.certificate()
    const good = room.saved[0]?.data as Uint8Array
    const tampered = new Uint8Array(good)
    const middle = Math.floor(tampered.length / 2)
    tampered[middle] = (tampered[middle] as number) ^ 0xff
    room.unmount()

    const { t, repositories, db } = await renderWithSession(<ExportPage />)
    await repositories.exports.setRole('district')
    const rooms = within(await screen.findByTestId('district-rooms'))
    await userEvent.type(rooms.getByLabelText(t('district.rooms.name')), '泉水街道调委会')
    fireEvent.change(rooms.getByLabelText(t('district.rooms.certificate')), { target: { value: pem } })
    await userEvent.click(rooms.getByRole('button', { name: t('district.rooms.register') }))
    expect(await rooms.findByText('泉水街道调委会')).toBeVisible()

    const card = within(screen.getByTestId('district-import'))
    const input = card
      .getByRole('button', { name: t('district.import.pick') })
      .parentElement?.querySelector('input[type=file]')
    const files = [
      new File([good as Uint8Array<ArrayBuffer>], 'good.zip', { type: 'application/zip' }),
      new File([tampered], 'tampered.zip', { type: 'application/zip' }),
      new File([good as Uint8Array<ArrayBuffer>], 'again.zip', { type: 'application/zip' }),
    ]
    fireEvent.change(input as HTMLInputElement, { target: { files } })
    const results = within(await screen.findByTestId('import-results', {}, { timeout: 30_000 }))
    await waitFor(() => expect(results.getAllByRole('listitem')).toHaveLength(3), { timeout: 30_000 })
    const [first, second, third] = results.getAllByRole('listitem')
    expect(first).toHaveTextContent(t('district.import.imported', { added: 12, updated: 0, unchanged: 0 }))
    // One byte of the zip flipped lands in some entry's deflated data: whichever way that breaks it.
    expect(second).toHaveTextContent(
      /拒收：.*(哈希与清单不符|不是完整的 ZIP 数据包|解压后超出|大小与清单不符)/,
    )
    expect(third).toHaveTextContent('此数据包已导入过')
    expect(await db.districtCases.count()).toBe(12)
    expect(await db.imports.count()).toBe(1)
    const byRoom = within(await screen.findByTestId('district-by-room'))
    expect(await byRoom.findByText('泉水街道调委会')).toBeVisible()
  }, 90_000)

  it('Cancel stops the bundle being read and every file after it; nothing is stored', async () => {
    // An opener that reads for ever (as a worker stuck in a huge bundle would) until it is stopped.
    const aborted: string[] = []
    const stuck: BundleOpener = (_bytes, { signal }) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => {
          aborted.push('aborted')
          reject(new BundleError('cancelled'))
        }),
      )
    const { t, repositories, db } = await renderWithSession(<ExportPage />, { openBundle: stuck })
    await repositories.exports.setRole('district')
    const card = within(await screen.findByTestId('district-import'))
    const input = card
      .getByRole('button', { name: t('district.import.pick') })
      .parentElement?.querySelector('input[type=file]')
    const files = ['a.zip', 'b.zip'].map(
      (name) => new File([new Uint8Array(64)], name, { type: 'application/zip' }),
    )
    fireEvent.change(input as HTMLInputElement, { target: { files } })
    const progress = within(await screen.findByTestId('import-progress'))
    expect(progress.getByText(t('district.import.progress', { n: 1, count: 2, name: 'a.zip' }))).toBeVisible()
    await userEvent.click(progress.getByRole('button', { name: t('district.import.cancel') }))
    const results = within(await screen.findByTestId('import-results'))
    await waitFor(() => expect(results.getAllByRole('listitem')).toHaveLength(2))
    for (const item of results.getAllByRole('listitem')) {
      expect(item).toHaveTextContent(t('district.import.cancelled'))
    }
    expect(aborted).toEqual(['aborted'])
    expect(screen.queryByTestId('import-progress')).toBeNull()
    expect(await db.imports.count()).toBe(0)
  })
})
