/**
 * "This person was registered before": offers their person record, so a person is entered once and
 * the new case is linked to the same record.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PersonMatch } from '../../../data'
import { identifierOf } from '../../../domain/cases/person'

interface Props {
  matches: PersonMatch[]
  onUse: (match: PersonMatch) => void
  onDismiss: () => void
}

/** Enough of the number to tell two records apart, not the whole of it. */
function masked(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : id
}

export function PartyMatchAlert({ matches, onUse, onDismiss }: Props) {
  const { t } = useTranslation()
  if (!matches.length) return null
  return (
    <Alert
      color="blue"
      mt="sm"
      title={t('partyMatch.title')}
      withCloseButton
      onClose={onDismiss}
      data-testid="party-match"
    >
      <Stack gap={4}>
        {matches.slice(0, 3).map((m) => {
          const id = identifierOf(m.person)
          return (
            <Group key={m.person.id} justify="space-between">
              <Text size="sm">
                {t('persons.matchSeen', {
                  name: m.person.name,
                  id: id ? masked(id) : t('persons.matchNoId'),
                  caseNos: m.caseNos.length ? m.caseNos.join('、') : t('persons.matchNoCases'),
                })}
              </Text>
              <Button size="xs" variant="light" onClick={() => onUse(m)}>
                {t('partyMatch.use')}
              </Button>
            </Group>
          )
        })}
      </Stack>
    </Alert>
  )
}
