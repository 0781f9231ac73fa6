import { createHash } from 'node:crypto'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PermissionError, type Role } from '../../renderer/src/domain/auth/roles'
import { enqueueBundle, sha256Hex, UploadCard } from '../../renderer/src/features/export/upload'
import type { UploadJob, UploadListResult, UploadPlatform } from '../../renderer/src/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { renderWithSession } from './render-app'

const ENDPOINT = 'https://district.example/api/bundles'

function job(overrides: Partial<UploadJob>): UploadJob {
  return {
    id: '4f9d6a3c-2b1e-4c5d-9e8f-0a1b2c3d4e5f',
    name: 'export-2026-11.zip',
    sha256: 'ab'.repeat(32),
    size: 1024,
    createdAt: '2026-11-25T08:00:00.000Z',
    state: 'queued',
    attempts: 0,
    nextAttemptAt: '2026-11-25T08:00:30.000Z',
    lastAttemptAt: null,
    lastError: null,
    receipt: null,
    ...overrides,
  }
}

const GRANT = {
  workspaceId: '8c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01',
  token: { payload: 'e30=', signature: 'AAAA' },
}

/** The main process's queue, in memory: what the card sees through the platform. */
function fakeUpload(jobs: UploadJob[] = [], endpoint: string | null = ENDPOINT) {
  let settings = { endpoint }
  const list = (): UploadListResult => ({
    configured: settings.endpoint !== null,
    jobs: structuredClone(jobs),
  })
  const upload = {
    available: true,
    enqueue: vi.fn<UploadPlatform['enqueue']>(() => Promise.resolve({ status: 'not-configured' })),
    list: vi.fn<UploadPlatform['list']>(() => Promise.resolve(list())),
    retry: vi.fn<UploadPlatform['retry']>(() => Promise.resolve({ retried: 1 })),
    getSettings: vi.fn<UploadPlatform['getSettings']>(() => Promise.resolve({ ...settings })),
    setSettings: vi.fn<UploadPlatform['setSettings']>((value) => {
      settings = { endpoint: value === null ? null : new URL(value).href }
      return Promise.resolve({ status: 'saved' as const, ...settings })
    }),
  } satisfies UploadPlatform
  return upload
}

async function renderCard(upload: UploadPlatform, roles?: Role[]) {
  return renderWithSession(<UploadCard />, { platform: { ...createBrowserPlatform(), upload }, roles })
}

describe('UploadCard: the endpoint', () => {
  it.each([
    ['http://district.example/upload', 'upload.errors.notHttps'],
    ['https://room:secret@district.example/upload', 'upload.errors.credentials'],
    ['district.example/upload', 'upload.errors.invalid'],
  ])('refuses %s with a clear message and stores nothing', async (value, key) => {
    const upload = fakeUpload([], null)
    const { t } = await renderCard(upload)
    const input = await screen.findByTestId('upload-endpoint')
    await userEvent.type(input, value)
    await userEvent.click(screen.getByRole('button', { name: t('upload.save') }))
    expect(await screen.findByText(t(key))).toBeVisible()
    expect(upload.setSettings).not.toHaveBeenCalled()
  })

  it('the administrator saves an https address; the change is audited with its host only', async () => {
    const upload = fakeUpload([], null)
    const { t, repositories } = await renderCard(upload)
    expect(await screen.findByText(t('upload.endpointNone'))).toBeVisible()
    await userEvent.type(await screen.findByTestId('upload-endpoint'), `  ${ENDPOINT}?token=s3cret  `)
    await userEvent.click(screen.getByRole('button', { name: t('upload.save') }))
    await waitFor(() =>
      expect(upload.setSettings).toHaveBeenCalledWith(
        `${ENDPOINT}?token=s3cret`,
        expect.objectContaining({ token: expect.anything() }),
      ),
    )
    expect(await screen.findByText(t('upload.saved'))).toBeVisible()

    const { items } = await repositories.audit.list({ action: 'settings.update', page: 0, pageSize: 10 })
    const entry = items.find((e) => e.targetId === 'upload-endpoint')
    expect(entry?.details).toEqual({ host: 'district.example' })
    expect(JSON.stringify(items)).not.toContain('s3cret')
  })

  it('clears the address ("stop uploading")', async () => {
    const upload = fakeUpload()
    const { t } = await renderCard(upload)
    await userEvent.click(await screen.findByRole('button', { name: t('upload.clear') }))
    await waitFor(() =>
      expect(upload.setSettings).toHaveBeenCalledWith(
        null,
        expect.objectContaining({ token: expect.anything() }),
      ),
    )
    expect(await screen.findByText(t('upload.cleared'))).toBeVisible()
  })

  it('is not editable by those who do not manage settings, and the repository refuses them too', async () => {
    const upload = fakeUpload()
    const { t, repositories } = await renderCard(upload, ['mediator'])
    expect(await screen.findByText(t('upload.endpointAdminOnly'))).toBeVisible()
    expect(screen.queryByTestId('upload-endpoint')).toBeNull()
    const apply = vi.fn(() => Promise.resolve())
    await expect(repositories.settings.changeUploadEndpoint(ENDPOINT, apply)).rejects.toBeInstanceOf(
      PermissionError,
    )
    expect(apply).not.toHaveBeenCalled()
  })
})

describe('UploadCard: the queue', () => {
  const jobs = [
    job({
      id: '11111111-1111-4111-8111-111111111111',
      name: 'export-2026-10.zip',
      state: 'done',
      attempts: 3,
      nextAttemptAt: null,
      receipt: {
        status: 201,
        body: { receipt: 'R-2026-001' },
        truncated: false,
        receivedAt: '2026-11-25T08:02:00.000Z',
      },
    }),
    job({
      id: '22222222-2222-4222-8222-222222222222',
      name: 'export-2026-11.zip',
      attempts: 2,
      lastError: {
        kind: 'http',
        status: 503,
        body: 'busy',
        truncated: false,
        at: '2026-11-25T08:00:00.000Z',
      },
    }),
    job({
      id: '33333333-3333-4333-8333-333333333333',
      name: 'export-2026-09.zip',
      state: 'failed',
      attempts: 1,
      nextAttemptAt: null,
      lastError: { kind: 'http', status: 400, body: {}, truncated: false, at: '2026-11-25T08:00:00.000Z' },
    }),
  ]

  it('lists each bundle with attempts, state, last error and receipt', async () => {
    const { t } = await renderCard(fakeUpload(jobs))
    const table = await screen.findByTestId('upload-queue')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent('export-2026-10.zip')
    expect(rows[0]).toHaveTextContent(t('upload.states.done'))
    expect(rows[1]).toHaveTextContent(t('upload.states.queued'))
    expect(rows[1]).toHaveTextContent(t('upload.lastError.http', { status: 503 }))
    expect(rows[2]).toHaveTextContent(t('upload.states.failed'))

    await userEvent.click(
      within(rows[0] as HTMLElement).getByRole('button', { name: t('upload.viewReceipt', { status: 201 }) }),
    )
    expect(await screen.findByTestId('upload-receipt')).toHaveTextContent('R-2026-001')
  })

  it('"retry now" asks main for that job, or for every queued one', async () => {
    const upload = fakeUpload(jobs)
    const { t } = await renderCard(upload)
    const table = await screen.findByTestId('upload-queue')
    const rows = within(table).getAllByRole('row').slice(1)
    // Done bundles have nothing to retry.
    expect(within(rows[0] as HTMLElement).queryByRole('button', { name: t('upload.retryNow') })).toBeNull()
    await userEvent.click(within(rows[2] as HTMLElement).getByRole('button', { name: t('upload.retryNow') }))
    expect(upload.retry).toHaveBeenLastCalledWith('33333333-3333-4333-8333-333333333333')
    await userEvent.click(screen.getByRole('button', { name: t('upload.retryAll') }))
    expect(upload.retry).toHaveBeenLastCalledWith(undefined)
  })

  it('says when the queue is paused for want of an address', async () => {
    const { t } = await renderCard(fakeUpload([jobs[1] as UploadJob], null), ['judicial'])
    expect(await screen.findByText(t('upload.paused'))).toBeVisible()
  })

  it('reads the queue again while open', async () => {
    // Only the poll's interval is faked: fake-indexeddb runs on setTimeout/setImmediate.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      const upload = fakeUpload(jobs)
      await renderCard(upload)
      await screen.findByTestId('upload-queue')
      const before = upload.list.mock.calls.length
      vi.advanceTimersByTime(2999)
      expect(upload.list.mock.calls.length).toBe(before)
      vi.advanceTimersByTime(1)
      expect(upload.list.mock.calls.length).toBe(before + 1)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('in the browser build', () => {
  it('says that uploading needs the desktop app', async () => {
    const { t } = await renderWithSession(<UploadCard />)
    expect(await screen.findByText(t('upload.unavailable'))).toBeVisible()
    expect(screen.queryByTestId('upload-endpoint')).toBeNull()
    expect(
      await createBrowserPlatform().upload.enqueue({
        name: 'a.zip',
        bytes: new Uint8Array([1]),
        sha256: 'ab'.repeat(32),
        grant: GRANT,
      }),
    ).toEqual({
      status: 'unavailable',
    })
  })
})

describe('enqueueBundle', () => {
  it('sends the bytes with their SHA-256', async () => {
    const upload = fakeUpload()
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])
    const expected = createHash('sha256').update(bytes).digest('hex')
    expect(await sha256Hex(bytes)).toBe(expected)
    await enqueueBundle(upload, GRANT, 'export.zip', bytes)
    expect(upload.enqueue).toHaveBeenCalledWith({ name: 'export.zip', bytes, sha256: expected, grant: GRANT })
  })
})
