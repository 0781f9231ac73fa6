/** The case search field: case number, sequence, party name or fragment, ID number or phone. */
import { CloseButton, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface Props {
  value: string
  onChange: (value: string) => void
  onSearch: (query: string) => void
}

export function CaseSearchBox({ value, onChange, onSearch }: Props) {
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
