/**
 * The password step shared by the login and lock screens: runs the check, turns a failure into a
 * message in the user's language, and clears the typed password after a failure.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { authErrorMessage } from '../shared/auth-messages'

export function usePasswordSubmit(
  check: (password: string) => Promise<void>,
  options: { passwordOnly?: boolean } = {},
) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    check(password)
      .catch((err: unknown) => {
        setError(authErrorMessage(err, t, options))
        setPassword('')
      })
      .finally(() => setBusy(false))
  }

  return { password, setPassword, error, busy, onSubmit }
}
