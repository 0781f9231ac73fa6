/**
 * Counselling forms on the shared form engine: a note is saved as a draft (Ctrl+Enter) or saved
 * and signed (a click only), a refusal about the record as a whole is said in the alert, and
 * nothing typed is ever kept as a (workspace-sealed) form draft.
 */
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import { SessionNoteForm } from '../../renderer/src/features/counselling/forms/SessionNoteForm'
import { makeClient, makeConsent, userSession } from '../builders/counselling'
import { renderRoute } from './render-app'

/** Stands in for the client's page: one session note form, opened afresh after each save. */
function Harness() {
  const { id = '' } = useParams()
  const [saved, setSaved] = useState(0)
  return (
    <>
      <SessionNoteForm key={saved} clientId={id} onDone={() => setSaved((n) => n + 1)} onCancel={() => {}} />
      <p data-testid="saved">{saved}</p>
    </>
  )
}

const routes = [
  { path: '/', element: <p>home</p> },
  { path: '/clients/:id', element: <Harness /> },
]

/** Longer than a mediation form's draft debounce, so a draft would have been written by now. */
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)))

async function openNote({ consent = true } = {}) {
  const app = await renderRoute(routes, '/', {
    sessionOf: async (ws) => (await userSession(ws, 'counsellor1', ['counsellor'])).session,
  })
  const { counselling } = app.repositories
  const client = await counselling.createClient(makeClient())
  if (consent) await counselling.addRecord(client.id, 'consent', makeConsent())
  await act(() => app.router.navigate(`/clients/${client.id}`))
  await screen.findByTestId('counselling-form-session')
  const notes = async () =>
    (await counselling.getClient(client.id)).records.filter((r) => r.kind === 'session')
  return { ...app, notes }
}

describe('counselling forms', { timeout: 30_000 }, () => {
  it('keep no form draft; Ctrl+Enter saves the note as a draft, unsigned', async () => {
    const user = userEvent.setup()
    const { db, notes } = await openNote()
    await user.type(screen.getByLabelText('本次主要议题'), '睡眠问题')
    await pause(800)
    expect(await db.drafts.count()).toBe(0)
    await user.keyboard('{Control>}{Enter}{/Control}')
    expect(await screen.findByText('已保存。')).toBeInTheDocument()
    expect(screen.getByTestId('saved')).toHaveTextContent('1')
    const [note] = await notes()
    expect(note?.signedAt).toBe('')
    expect(await db.drafts.count()).toBe(0)
  })

  it('"save and sign" signs and locks the note', async () => {
    const user = userEvent.setup()
    const { notes } = await openNote()
    await user.type(screen.getByLabelText('本次主要议题'), '睡眠问题')
    await user.click(screen.getByRole('button', { name: '保存并签名' }))
    expect(await screen.findByText('已签名并锁定。')).toBeInTheDocument()
    const [note] = await notes()
    expect(note?.signedAt).not.toBe('')
    expect(note?.intact).toBe(true)
  })

  it('says what to fix: fields marked, and a refusal of the whole note in the alert', async () => {
    const user = userEvent.setup()
    const { notes } = await openNote({ consent: false })
    const form = within(screen.getByTestId('counselling-form-session'))
    await user.click(form.getByRole('button', { name: '保存草稿' }))
    expect(await screen.findByTestId('counselling-form-failure')).toHaveTextContent('请先更正标红的内容。')
    await user.type(form.getByLabelText('本次主要议题'), '睡眠问题')
    await user.click(form.getByRole('button', { name: '保存草稿' }))
    // No consent yet: the repository refuses the note as a whole, and the alert says why.
    expect(await screen.findByTestId('counselling-form-failure')).toHaveTextContent('请先记录知情同意')
    expect(await notes()).toEqual([])
  })
})
