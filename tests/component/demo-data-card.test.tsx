import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { generateDemoCases } from '../../renderer/src/demo'
import { DEMO_CASE_COUNT, DemoDataCard } from '../../renderer/src/features/settings/SettingsPage/DemoDataCard'
import { renderWithSession } from './render-app'

const firstPage = { sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 1 } as const

describe('DemoDataCard', () => {
  it('loads 200 demo cases into an empty workspace, after confirmation', async () => {
    const { repositories, t } = await renderWithSession(<DemoDataCard />)
    await userEvent.click(screen.getByRole('button', { name: t('demo.load') }))
    await userEvent.click(screen.getByRole('button', { name: t('demo.confirm') }))
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent(t('demo.done', { count: DEMO_CASE_COUNT })),
      {
        timeout: 60_000,
      },
    )
    expect((await repositories.cases.list(firstPage)).total).toBe(DEMO_CASE_COUNT)
    expect(screen.getByRole('button', { name: t('demo.load') })).toBeDisabled()
    // every demo party is linked to a person record, whose page lists the case
    const [newest] = (await repositories.cases.list(firstPage)).items
    const detail = await repositories.cases.get(newest?.id ?? '')
    const personId = detail?.parties[0]?.personId ?? ''
    expect(personId).not.toBe('')
    expect((await repositories.persons.casesOf(personId)).map((c) => c.id)).toContain(newest?.id)
  }, 90_000)

  it('refuses, with a clear message, when the workspace already has cases', async () => {
    const { repositories, t } = await renderWithSession(<DemoDataCard />)
    await repositories.cases.importDrafts(generateDemoCases({ seed: 7, count: 3, now: new Date() }))
    await userEvent.click(screen.getByRole('button', { name: t('demo.load') }))
    await userEvent.click(screen.getByRole('button', { name: t('demo.confirm') }))
    expect(await screen.findByText(t('demo.notEmpty', { count: 3 }))).toBeVisible()
    expect((await repositories.cases.list(firstPage)).total).toBe(3)
  })

  it('is not shown to those who do not manage settings', async () => {
    await renderWithSession(<DemoDataCard />, { roles: ['mediator'] })
    expect(screen.queryByTestId('demo-data-card')).toBeNull()
  })
})
