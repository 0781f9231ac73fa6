/**
 * The case search field: case number, sequence, party name or two characters of it, ID number,
 * phone or words of the facts. `error` says why a query was not run (one character is too short).
 */
import { CloseButton, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface Props {
  value: string
  onChange: (value: string) => void
  onSearch: (query: string) => void
  error?: string
}

export function CaseSearchBox({ value, onChange, onSearch, error }: Props) {
  const { t } = useTranslation()
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault()
        onSearch(value)
      }}
    >
      <TextInput
        aria-label={t('cases.search')}
        placeholder={t('cases.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        rightSection={
          value ? (
            <CloseButton
              aria-label={t('cases.clearSearch')}
              onClick={() => {
                onChange('')
                onSearch('')
              }}
            />
          ) : null
        }
      />
    </form>
  )
}
