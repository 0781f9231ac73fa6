/** Shows the recovery key once, then asks for two of its groups back to be sure it was taken down. */
import { Alert, Button, Code, Group, Paper, SimpleGrid, Text, TextInput } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'

interface Props {
  groups: string[]
  ask: [number, number]
  answers: [string, string]
  onAnswer: (answers: [string, string]) => void
  error: string | null
}

export function RecoveryStep({ groups, ask, answers, onAnswer, error }: Props) {
  const { t } = useTranslation()
  return (
    <div>
      <Alert color="orange" mb="md" title={t('setup.recoveryTitle')}>
        {t('setup.recoveryBody')}
      </Alert>
      <Paper withBorder p="md" mb="md" className="recovery-key-print">
        <Text size="sm" c="dimmed" mb={4}>
          {t('setup.recoveryLabel')}
        </Text>
        <Code block fz="xl" data-testid="recovery-key" style={{ letterSpacing: 2, textAlign: 'center' }}>
          {groups.join('-')}
        </Code>
      </Paper>
      <Group mb="md">
        <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('setup.print')}
        </Button>
      </Group>
      <Text mb="xs">{t('setup.recoveryCheck', { a: ask[0] + 1, b: ask[1] + 1 })}</Text>
      <SimpleGrid cols={2} maw={360}>
        <TextInput
          label={t('setup.groupN', { n: ask[0] + 1 })}
          value={answers[0]}
          onChange={(e) => onAnswer([e.currentTarget.value, answers[1]])}
          maxLength={4}
          autoComplete="off"
        />
        <TextInput
          label={t('setup.groupN', { n: ask[1] + 1 })}
          value={answers[1]}
          onChange={(e) => onAnswer([answers[0], e.currentTarget.value])}
          maxLength={4}
          autoComplete="off"
        />
      </SimpleGrid>
      <ErrorAlert message={error} mt="md" />
    </div>
  )
}
