/**
 * 案件材料 on the case page: each file is added with its kind (证据材料 by default), which decides
 * its place in the archive volume, and the list shows it.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import { AttachmentsCard } from '../../renderer/src/features/cases/CaseDetailPage/AttachmentsCard'
import type { Platform } from '../../renderer/src/platform'
import type { OpenFileResult } from '../../renderer/src/platform/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { makeRegistration } from '../builders/cases'
import { makePng } from '../builders/png'
import { renderRoute } from './render-app'

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

function Card() {
  const { id = '' } = useParams()
  return <AttachmentsCard caseId={id} />
}

describe('AttachmentsCard', { timeout: 60_000 }, () => {
  it('adds a file as 证据材料 by default, or as the kind chosen', async () => {
    const user = userEvent.setup()
    const platform = pickingPlatform([
      { name: '借条.png', data: makePng() },
      { name: '身份证.png', data: makePng() },
    ])
    const { repositories, router } = await renderRoute(
      [
        { path: '/', element: null },
        { path: '/c/:id', element: <Card /> },
      ],
      '/',
      { platform, roles: ['mediator'] },
    )
    const c = await repositories.cases.register(makeRegistration())
    await router.navigate(`/c/${c.id}`)
    const kind = await screen.findByRole('combobox', { name: '材料类别' })
    expect(kind).toHaveValue('证据材料')
    await user.click(screen.getByRole('button', { name: '添加材料' }))
    expect(await screen.findByText('已添加：借条.png')).toBeInTheDocument()

    await user.click(kind)
    await user.click(await screen.findByRole('option', { name: '身份证明' }))
    await user.click(screen.getByRole('button', { name: '添加材料' }))
    await waitFor(async () =>
      expect((await repositories.cases.attachments(c.id)).map((a) => [a.name, a.category])).toEqual([
        ['借条.png', 'evidence'],
        ['身份证.png', 'identity'],
      ]),
    )
  })
})
