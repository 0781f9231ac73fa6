/**
 * The seal and certificate cards and the verification panel in jsdom, with the real repositories,
 * the real signing code and a platform whose file picker returns the bytes given: refusals are
 * shown in words, accepted files change what the card shows, the verdict names what it found.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createSelfIssuedIdentity, exportPkcs12 } from '../../renderer/src/output/signing'
import { VerifyPanel } from '../../renderer/src/features/documents/verify/VerifyPanel'
import { CertificateCard } from '../../renderer/src/features/settings/SettingsPage/CertificateCard'
import { SealCard } from '../../renderer/src/features/settings/SettingsPage/SealCard'
import type { Platform } from '../../renderer/src/platform'
import type { OpenFileResult } from '../../renderer/src/platform/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { makePng } from '../builders/png'
import { renderWithSession } from './render-app'

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
    expect(screen.getByRole('img', { name: '印章预览' })).toBeInTheDocument()
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
