/** For administrators, on the settings page: how many years counselling files are kept after closing. */
import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../shared/services'
import { counsellingErrorMessage } from '../counselling-messages'

export function RetentionCard() {
  const { t } = useTranslation()
  const { counsellingAdmin } = useRepositories()
  const [years, setYears] = useState<number | string>('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void counsellingAdmin.getRetentionYears().then(setYears)
  }, [counsellingAdmin])

  const save = async () => {
    setError(null)
    try {
      setYears(await counsellingAdmin.setRetentionYears(years))
      notifications.show({ color: 'green', message: t('counselling.retention.saved') })
    } catch (e) {
      setError(counsellingErrorMessage(e, t))
    }
  }

  return (
    <Card withBorder data-testid="counselling-retention">
      <Title order={4}>{t('counselling.retention.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('counselling.retention.hint')}
      </Text>
      <Group align="end">
        <NumberInput
          label={t('counselling.retention.years')}
          min={1}
          max={50}
          allowDecimal={false}
          value={years}
          onChange={setYears}
          error={error}
          w={200}
        />
        <Button onClick={() => void save()}>{t('common.save')}</Button>
      </Group>
    </Card>
  )
}
