/** Shows that a party is linked to an existing person record, with a way to undo the choice. */
import { Badge, Button, Group } from '@mantine/core'
import { IconLink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export function LinkedPersonBadge({ index, onUnlink }: { index: number; onUnlink: () => void }) {
  const { t } = useTranslation()
  return (
    <Group gap={4}>
      <Badge
        color="teal"
        variant="light"
        leftSection={<IconLink size={12} />}
        data-testid={`party-linked-${index}`}
      >
        {t('persons.linked')}
      </Badge>
      <Button size="compact-xs" variant="subtle" onClick={onUnlink}>
        {t('persons.unlink')}
      </Button>
    </Group>
  )
}
