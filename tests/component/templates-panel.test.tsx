import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TemplatesPanel } from '../../renderer/src/features/documents/templates'
import { renderWithSession } from './render-app'

describe('TemplatesPanel', { timeout: 60_000 }, () => {
  it('edits the wording with a live preview, refuses an unknown placeholder, saves and reverts', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<TemplatesPanel />)
    const row = within(await screen.findByTestId('template-rights-notice'))
    expect(row.getByText('内置')).toBeInTheDocument()
    await user.click(row.getByRole('button', { name: '修改措辞：当事人权利义务告知书' }))

    const editor = within(await screen.findByTestId('template-editor'))
    const preview = within(screen.getByTestId('doc-preview'))
    expect(preview.getByText('当事人权利义务告知书')).toBeInTheDocument()
    // The sample case fills the preview.
    expect(preview.getByText('大连市示例街道人民调解委员会')).toBeInTheDocument()

    const title = editor.getByRole('textbox', { name: '文书标题' })
    await user.clear(title)
    await user.type(title, '权利义务告知书（{{{{case.kind}}')
    const heading = () => screen.getByTestId('doc-preview').querySelector('h2')?.textContent ?? ''
    await waitFor(() => expect(heading()).toBe('权利义务告知书（人民调解'))

    // A misspelt placeholder is named, the preview keeps the last good document, saving is blocked.
    await user.type(title, '{{{{case.knd}}')
    expect(await editor.findByText('未知的占位符 {{case.knd}}')).toBeInTheDocument()
    expect(editor.getByRole('button', { name: '保存' })).toBeDisabled()
    expect(heading()).toMatch(/^权利义务告知书（人民调解/)
    expect(heading()).not.toContain('{{case.knd}}')

    await user.clear(title)
    await user.type(title, '当事人权利义务告知书（{{{{organisation.name}}）')
    await waitFor(() => expect(editor.getByRole('button', { name: '保存' })).toBeEnabled())
    await user.click(editor.getByRole('button', { name: '保存' }))
    expect(await screen.findByText(/模板已保存/)).toBeInTheDocument()
    expect((await repositories.templates.get('rights-notice')).title).toBe(
      '当事人权利义务告知书（{{organisation.name}}）',
    )

    const saved = within(await screen.findByTestId('template-rights-notice'))
    expect(saved.getByText('已自定义')).toBeInTheDocument()
    await user.click(saved.getByRole('button', { name: '恢复内置：当事人权利义务告知书' }))
    const dialog = within(await screen.findByRole('dialog'))
    await user.click(dialog.getByRole('button', { name: '恢复内置' }))
    expect(await screen.findByText('已恢复内置模板：当事人权利义务告知书')).toBeInTheDocument()
    await waitFor(() =>
      expect(within(screen.getByTestId('template-rights-notice')).getByText('内置')).toBeInTheDocument(),
    )
    expect((await repositories.templates.get('rights-notice')).title).toBe('当事人权利义务告知书')
  })

  it('is for administrators only', async () => {
    await renderWithSession(<TemplatesPanel />, { roles: ['mediator'] })
    expect(await screen.findByText('您的角色无权查看此内容。')).toBeInTheDocument()
  })

  it('lets the agreement print its terms as 一、二、三 paragraphs (the default) or as a table', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<TemplatesPanel />)
    const row = within(await screen.findByTestId('template-agreement'))
    await user.click(row.getByRole('button', { name: '修改措辞：人民调解协议书' }))
    const editor = within(await screen.findByTestId('template-editor'))
    const preview = () => screen.getByTestId('doc-preview')
    expect(within(preview()).getAllByText(/^一、/).length).toBeGreaterThan(0)
    expect(within(preview()).queryByText('协议事项')).toBeNull()
    const paragraphs = editor.getByRole('radio', { name: '逐条（一、二、三）' })
    expect(paragraphs).toBeChecked()
    await user.click(editor.getByRole('radio', { name: '表格' }))
    await waitFor(() => expect(within(preview()).getByText('协议事项')).toBeInTheDocument())
    await user.click(editor.getByRole('button', { name: '保存' }))
    expect(await screen.findByText(/模板已保存/)).toBeInTheDocument()
    const saved = await repositories.templates.get('agreement')
    expect(saved.blocks.find((b) => b.type === 'table')).toMatchObject({ layout: 'table' })
  })
})
