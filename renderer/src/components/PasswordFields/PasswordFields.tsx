/**
 * A new password and its confirmation: the pair every screen that sets a password shows (setup,
 * a new account, a reset, one's own change, recovery), with the same hint and browser hints.
 * Each field takes a form's input props (`form.getInputProps('password')`) or value/onChange.
 */
import { PasswordInput, type PasswordInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PASSWORD_MIN_LENGTH } from '../../domain/auth/account'

type FieldProps = Pick<PasswordInputProps, 'value' | 'onChange' | 'onBlur' | 'onFocus' | 'error'>

export interface PasswordFieldsProps {
  password: FieldProps
  confirm: FieldProps
  passwordLabel?: string
  confirmLabel?: string
  /** The hint under the password; the general rule when not given, none when null. */
  hint?: string | null
  /** Marks both as required (asterisk), as forms that validate them do. */
  required?: boolean
}

export function PasswordFields(props: PasswordFieldsProps) {
  const { t } = useTranslation()
  const { password, confirm, required = true } = props
  const hint = props.hint === undefined ? t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH }) : props.hint
  return (
    <>
      <PasswordInput
        label={props.passwordLabel ?? t('auth.password')}
        description={hint ?? undefined}
        withAsterisk={required}
        autoComplete="new-password"
        {...password}
      />
      <PasswordInput
        label={props.confirmLabel ?? t('auth.passwordConfirm')}
        withAsterisk={required}
        autoComplete="new-password"
        {...confirm}
      />
    </>
  )
}
