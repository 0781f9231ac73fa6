/** "This person was registered before": offers the earlier record so a person is entered once. */
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PartyMatch } from '../../../data'

interface Props {
  matches: PartyMatch[]
  onUse: (match: PartyMatch) => void
  onDismiss: () => void
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
        {matches.slice(0, 3).map((m) => (
          <Group key={`${m.caseId}:${m.party.id}`} justify="space-between">
            <Text size="sm">{t('partyMatch.seenIn', { name: m.party.name, caseNo: m.caseNo })}</Text>
            <Button size="xs" variant="light" onClick={() => onUse(m)}>
              {t('partyMatch.use')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  )
}
