import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useParams } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { Case } from '../../renderer/src/domain/cases/case'
import { CaseDocumentsCard, DocumentFontsProvider } from '../../renderer/src/features/documents'
import { useRepositories } from '../../renderer/src/features/shared/services'
import { useQuery } from '../../renderer/src/features/shared/use-query'
import type { Platform } from '../../renderer/src/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { makeRegistration } from '../builders/cases'
import * as rec from '../builders/records'
import { nodeFontSource } from '../../renderer/cli/node-fonts'
import { makePng } from '../builders/png'
import { pdfText, squash } from '../support/pdf-inspect'
import { ADMIN, renderRoute } from './render-app'

function Card() {
  const { id = '' } = useParams()
  const { cases, users } = useRepositories()
  const q = useQuery(async () => {
    const c = (await cases.get(id)) as Case | undefined
    return { c, records: await cases.records(id), directory: await users.directory() }
  }, [id])
  if (q.status !== 'ready' || !q.data.c) return null
  return <CaseDocumentsCard caseData={q.data.c} records={q.data.records} directory={q.data.directory} />
}

describe('CaseDocumentsCard', { timeout: 120_000 }, () => {
  it('downloads a PDF and a DOCX, prints one copy of an internal form (parties + 1 of an agreement), and audits each', async () => {
    const user = userEvent.setup()
    const saveFile = vi.fn<Platform['saveFile']>((r) =>
      Promise.resolve({ status: 'saved', path: r.suggestedName }),
    )
    const printPdf = vi.fn<Platform['printPdf']>(() => Promise.resolve({ status: 'printed' }))
    const platform: Platform = { ...createBrowserPlatform(), kind: 'electron', saveFile, printPdf }
    const page = (
      <DocumentFontsProvider fonts={nodeFontSource()}>
        <Card />
      </DocumentFontsProvider>
    )
    const { repositories, router } = await renderRoute(
      [
        { path: '/', element: null },
        { path: '/c/:id', element: page },
      ],
      '/',
      { platform, roles: ['mediator', 'admin'] },
    )
    const c = await repositories.cases.register(makeRegistration())
    await repositories.cases.addRecord(c.id, 'session', rec.session(c))
    await router.navigate(`/c/${c.id}`)
    expect(await screen.findByTestId('print-copies')).toHaveTextContent(
      '交给当事人的文书（协议书、告知书、通知书）打印 3 份（当事人 2 人各一份，本机构留存一份）；内部文书打印 1 份',
    )
    const application = within(screen.getByTestId('document-application'))
    await user.click(application.getByRole('button', { name: '调解申请书 PDF' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const pdf = saveFile.mock.calls[0]![0]
    expect(pdf.suggestedName).toBe(`${c.caseNo} 调解申请书.pdf`)
    expect(new TextDecoder().decode(pdf.data.subarray(0, 5))).toBe('%PDF-')

    await user.click(application.getByRole('button', { name: '调解申请书 DOCX' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2))
    expect(saveFile.mock.calls[1]![0].suggestedName).toBe(`${c.caseNo} 调解申请书.docx`)

    const session = within(screen.getByTestId('document-session-record'))
    // An internal form prints one copy; what the parties are handed prints one each and one kept.
    await user.click(session.getByRole('button', { name: '调解记录 打印 1 份' }))
    // Required fields are missing here (issue 14: asked first, naming them, not only warned).
    const ask = await screen.findByRole('dialog', { name: '文书尚缺必填内容' })
    expect(ask).toHaveTextContent('仍要生成吗')
    expect(printPdf).not.toHaveBeenCalled()
    await user.click(within(ask).getByRole('button', { name: '仍然生成' }))
    await waitFor(() => expect(printPdf).toHaveBeenCalledTimes(1))
    expect(printPdf.mock.calls[0]![1]).toBe(1)
    expect(await screen.findByText('已发送到打印机（1 份）。')).toBeInTheDocument()
    const agreement = within(screen.getByTestId('document-agreement'))
    expect(agreement.getByRole('button', { name: /打印 3 份$/ })).toBeInTheDocument()

    // Without a visit record the 回访记录 cannot be made yet, and says what it needs.
    const visit = within(screen.getByTestId('document-visit-record'))
    expect(visit.getByText('需先添加：回访记录')).toBeInTheDocument()
    expect(visit.getByRole('button', { name: '回访记录 PDF' })).toBeDisabled()

    const audit = await repositories.audit.exportAll()
    expect(
      audit
        .filter((e) => e.action === 'document.generate')
        .map((e) => [e.targetId, e.details.kind, e.details.output]),
    ).toEqual([
      [c.id, 'application', 'pdf'],
      [c.id, 'application', 'docx'],
      [c.id, 'session-record', 'print'],
    ])
  })

  it('exports the archive volume: 卷名, 立卷人 (the current user by default) and 备注 asked first, 保管期限 from the settings, the case files bound in', async () => {
    const user = userEvent.setup()
    const saveFile = vi.fn<Platform['saveFile']>((r) =>
      Promise.resolve({ status: 'saved', path: r.suggestedName }),
    )
    const platform: Platform = { ...createBrowserPlatform(), kind: 'electron', saveFile }
    const page = (
      <DocumentFontsProvider fonts={nodeFontSource()}>
        <Card />
      </DocumentFontsProvider>
    )
    const { repositories, router } = await renderRoute(
      [
        { path: '/', element: null },
        { path: '/c/:id', element: page },
      ],
      '/',
      { platform, roles: ['mediator', 'admin'] },
    )
    const c = await repositories.cases.register(makeRegistration())
    await repositories.cases.addRecord(c.id, 'session', rec.session(c))
    await repositories.cases.addAttachment(c.id, {
      name: '身份证.png',
      data: makePng(),
      category: 'identity',
    })
    await repositories.settings.setRetention({ people: { agreement: 'permanent', other: 'long' } })
    await router.navigate(`/c/${c.id}`)
    await user.click(await screen.findByRole('button', { name: '导出卷宗（PDF）' }))
    const dialog = within(await screen.findByRole('dialog'))
    const [a, b] = c.parties
    // proposed from the parties and the dispute
    expect(dialog.getByRole('textbox', { name: '卷名' })).toHaveValue(`${a!.name}与${b!.name}邻里纠纷`)
    // the current user by default; another colleague may be chosen
    const compiler = dialog.getByRole('combobox', { name: '立卷人' })
    expect(compiler).toHaveValue('user-mediator-admin')
    await user.click(compiler)
    await user.click(await screen.findByRole('option', { name: ADMIN.displayName }))
    await user.type(dialog.getByRole('textbox', { name: '备注（可不填）' }), '原件另存')
    await user.click(dialog.getByRole('button', { name: '导出' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const saved = saveFile.mock.calls[0]![0]
    expect(saved.suggestedName).toBe(`${c.caseNo} 卷宗.pdf`)
    const text = squash(await pdfText(saved.data))
    expect(text).toContain(squash(`立卷人${ADMIN.displayName}`))
    // no agreement yet: the 一般类 period set for 人民调解
    expect(text).toContain('保管期限长期')
    expect(text).toContain('备注原件另存')
    expect(text).toContain('身份证明（身份证.png）')
    const audit = await repositories.audit.exportAll()
    expect(audit.filter((e) => e.action === 'document.generate').map((e) => e.details.output)).toEqual([
      'archive',
    ])
  })
})
