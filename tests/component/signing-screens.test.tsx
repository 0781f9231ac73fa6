/**
 * The seal and certificate cards, the verification panel and the signing screen in jsdom, with the
 * real repositories, the real signing code and a platform whose file picker returns the bytes given:
 * refusals are shown in words, accepted files change what the card shows, the verdict names what it
 * found; the signing screen shows the agreement's text and, to a mediator who may not seal, the
 * hand-over instead of the seal.
 *
 * (Nothing here encoded the old three-login flow: the signing dialog had no component test.)
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import { useParams } from 'react-router'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createSelfIssuedIdentity, exportPkcs12 } from '../../renderer/src/output/signing'
import { VerifyPanel } from '../../renderer/src/features/documents/verify/VerifyPanel'
import { CertificateCard } from '../../renderer/src/features/settings/SettingsPage/CertificateCard'
import { SealCard } from '../../renderer/src/features/settings/SettingsPage/SealCard'
import type { Platform } from '../../renderer/src/platform'
import type { OpenFileResult } from '../../renderer/src/platform/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { SigningModal } from '../../renderer/src/features/documents/agreement/SigningModal'
import { useSigningOpen } from '../../renderer/src/features/shared/signing-activity'
import { makeRegistration } from '../builders/cases'
import { makePng } from '../builders/png'
import { agreement } from '../builders/records'
import { signAll } from '../builders/agreements'
import { TEST_ADMIN_BODY } from '../builders/session'
import { renderRoute, renderWithSession } from './render-app'

/** A platform whose open dialog hands out the queued files, one per call. */
function pickingPlatform(files: { name: string; data: Uint8Array }[]): Platform {
  const queue = [...files]
  return {
    ...createBrowserPlatform(),
    openFile: () => {
      const next = queue.shift()
      const result: OpenFileResult = next ? { status: 'opened', ...next } : { status: 'cancelled' }
      return Promise.resolve(result)
    },
  }
}

describe('SealCard', () => {
  it('refuses an opaque PNG with the reason, then takes a transparent one', async () => {
    const platform = pickingPlatform([
      { name: 'opaque.png', data: makePng({ colorType: 2 }) },
      { name: 'seal.png', data: makePng({ width: 150, height: 150 }) },
    ])
    const { repositories } = await renderWithSession(<SealCard />, { platform })
    expect(await screen.findByTestId('seal-status')).toHaveTextContent('尚未导入印章')
    await userEvent.click(screen.getByTestId('seal-import'))
    expect(await screen.findByTestId('seal-error')).toHaveTextContent('PNG 图片没有透明通道')
    expect((await repositories.signing.status()).seal).toBeNull()
    await userEvent.click(screen.getByTestId('seal-import'))
    await waitFor(() =>
      expect(screen.getByTestId('seal-status')).toHaveTextContent('印章已导入（150 × 150 像素）'),
    )
    expect(screen.getByRole('img', { name: /大连市某街道人民调解委员会 的印章预览/ })).toBeInTheDocument()
  })

  it('keeps a seal per issuing body: the 行政机关 row imports its own, the committee’s untouched', async () => {
    const platform = pickingPlatform([{ name: 'body.png', data: makePng({ width: 180, height: 180 }) }])
    const { repositories } = await renderWithSession(<SealCard />, { platform })
    const row = within(await screen.findByTestId(`seal-row-${TEST_ADMIN_BODY.id}`))
    expect(row.getByText(TEST_ADMIN_BODY.name)).toBeInTheDocument()
    expect(row.getByText('行政机关')).toBeInTheDocument()
    expect(row.getByTestId(`seal-status-${TEST_ADMIN_BODY.id}`)).toHaveTextContent('尚未导入印章')
    await userEvent.click(row.getByRole('button', { name: `导入印章图片（${TEST_ADMIN_BODY.name}）` }))
    await waitFor(() =>
      expect(row.getByTestId(`seal-status-${TEST_ADMIN_BODY.id}`)).toHaveTextContent('180 × 180'),
    )
    expect(screen.getByTestId('seal-status')).toHaveTextContent('尚未导入印章')
    expect((await repositories.signing.status()).seal).toBeNull()
  })
})

describe('CertificateCard', () => {
  it('creates a self-issued certificate and shows its fingerprint; a wrong PKCS#12 passphrase is named', async () => {
    const other = await createSelfIssuedIdentity({ organisation: '上级司法局' })
    const platform = pickingPlatform([{ name: 'org.p12', data: exportPkcs12(other, 'right') }])
    await renderWithSession(<CertificateCard />, { platform })
    expect(await screen.findByTestId('certificate-none')).toBeInTheDocument()
    await userEvent.click(screen.getByTestId('certificate-create'))
    expect(await screen.findByTestId('certificate-fingerprint', {}, { timeout: 10_000 })).toHaveTextContent(
      /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
    )
    expect(screen.getByTestId('certificate-details')).toHaveTextContent('大连市某街道人民调解委员会')
    await userEvent.click(screen.getByRole('button', { name: '选择证书文件' }))
    await userEvent.type(await screen.findByLabelText('证书密码'), 'wrong')
    await userEvent.click(screen.getByRole('button', { name: '导入' }))
    expect(await screen.findByTestId('certificate-error')).toHaveTextContent('证书密码不正确')
    await userEvent.clear(screen.getByLabelText('证书密码'))
    await userEvent.type(screen.getByLabelText('证书密码'), 'right')
    await userEvent.click(screen.getByRole('button', { name: '导入' }))
    await waitFor(() => expect(screen.getByTestId('certificate-details')).toHaveTextContent('上级司法局'))
    expect(screen.getByText('导入的 PKCS#12')).toBeInTheDocument()
  })
})

describe('VerifyPanel', () => {
  it('answers for a file that is no PDF and for an unsigned PDF', async () => {
    const platform = pickingPlatform([
      { name: 'note.txt.pdf', data: new TextEncoder().encode('hello') },
      { name: 'plain.pdf', data: new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n') },
    ])
    await renderWithSession(<VerifyPanel />, { platform, roles: ['mediator'] })
    await userEvent.click(screen.getByTestId('verify-choose'))
    expect(await screen.findByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'not-a-pdf')
    await userEvent.click(screen.getByTestId('verify-choose'))
    await waitFor(() =>
      expect(screen.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'unknown'),
    )
    expect(screen.getByTestId('verify-verdict')).toHaveTextContent('文件没有电子签章')
  })
})

function SigningAt() {
  const { id = null } = useParams()
  signingOpen.current = useSigningOpen()
  return <SigningModal agreementId={id} onClose={() => {}} />
}

/** What the idle timer reads: whether a signing screen is open (set by the route above as it renders). */
const signingOpen = { current: false }

describe('SigningModal', () => {
  it('shows the agreement text above the pads; a mediator who may not seal hands it over', async () => {
    const user = userEvent.setup()
    const app = await renderRoute(
      [
        { path: '/', element: null },
        { path: '/:id', element: <SigningAt /> },
      ],
      '/',
      { roles: ['mediator'] },
    )
    const { agreements, cases } = app.repositories
    const c = await cases.register(makeRegistration())
    await cases.addRecord(c.id, 'agreement', agreement(c))
    const draft = await agreements.createDraft(c.id)
    await act(() => app.router.navigate(`/${draft.id}`))
    const preview = await screen.findByTestId('doc-preview', {}, { timeout: 10_000 })
    // While it is open, the signing screen's own idle time applies (the parties are present).
    expect(signingOpen.current).toBe(true)
    expect(preview).toHaveTextContent('被申请人赔偿申请人损失')
    expect(preview).toHaveTextContent('履行义务人')
    expect(screen.getByTestId('step-text')).toHaveAttribute('data-state', 'next')
    await user.click(screen.getByTestId('text-read'))
    expect(screen.getByTestId('step-text')).toHaveAttribute('data-state', 'done')
    // the first party's pad, with the text still above it
    const first = draft.slots[0]!
    expect(await screen.findByTestId(`slot-${first.id}`)).toBeInTheDocument()
    expect(screen.getByTestId('doc-preview')).toBeInTheDocument()

    await signAll(app.repositories, draft)
    const panel = await screen.findByTestId('handover-panel', {}, { timeout: 10_000 })
    expect(screen.getByTestId('step-seal')).toHaveAttribute('data-state', 'next')
    expect(screen.queryByTestId('apply-seal')).toBeNull()
    await user.click(within(panel).getByTestId('hand-over'))
    expect(await screen.findByTestId('handed-over')).toHaveTextContent('交由盖章')
    expect((await agreements.get(draft.id)).handedOver).not.toBeNull()
  })

  it('names the issuing body whose seal it takes, and holds the seal back while that body has none', async () => {
    const app = await renderRoute(
      [
        { path: '/', element: null },
        { path: '/:id', element: <SigningAt /> },
      ],
      '/',
      { roles: ['mediator', 'judicial'] },
    )
    const { agreements, cases } = app.repositories
    // The committee has its seal; the 行政机关 this administrative case issues under has none yet.
    await app.repos.signing.importSeal(makePng())
    const c = await cases.register(makeRegistration({ kind: 'administrative', sector: 'consumer' }))
    await cases.addRecord(c.id, 'agreement', agreement(c))
    const draft = await agreements.createDraft(c.id)
    await signAll(app.repositories, draft)
    await act(() => app.router.navigate(`/${draft.id}`))
    expect(await screen.findByTestId('seal-missing', {}, { timeout: 10_000 })).toHaveTextContent(
      `${TEST_ADMIN_BODY.name} 还没有导入印章图片`,
    )
    expect(screen.getByTestId('apply-seal')).toBeDisabled()
    await app.repos.signing.importSeal(makePng({ width: 150, height: 150 }), TEST_ADMIN_BODY.id)
    expect(
      await screen.findByRole('img', { name: `${TEST_ADMIN_BODY.name} 的印章预览` }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(screen.queryByTestId('seal-missing')).toBeNull()
    expect(screen.getByTestId('apply-seal')).toBeEnabled()
    expect(screen.getByTestId('seal-panel')).toHaveTextContent(`将加盖：${TEST_ADMIN_BODY.name} 的印章`)
  })
})
