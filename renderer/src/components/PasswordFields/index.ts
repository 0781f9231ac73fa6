export { PasswordFields, type PasswordFieldsProps } from './PasswordFields'
