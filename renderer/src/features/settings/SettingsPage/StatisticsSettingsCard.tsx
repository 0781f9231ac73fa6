/**
 * How the room's statistics are counted (administrators): 成功率's denominator — 受理数 as the 司法局
 * publish it, or 办结数 — and which prevention columns the statutory tables carry. The tables' notes
 * say which denominator they use.
 */
import { Button, Card, Checkbox, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PREVENTION_FLAGS, type PreventionFlag } from '../../../domain/cases/catalogues'
import { ValidationError } from '../../../domain/shared/errors'
import { RATE_BASES, type RateBase } from '../../../domain/statistics'
import { useRepositories } from '../../shared/services'

export function StatisticsSettingsCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [rateBase, setRateBase] = useState<RateBase>('received')
  const [prevention, setPrevention] = useState<string[]>([...PREVENTION_FLAGS])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void settings.getStatisticsSettings().then((s) => {
      setRateBase(s.rateBase)
      setPrevention([...s.prevention])
    })
  }, [settings])

  const save = async () => {
    setError(null)
    try {
      await settings.setStatisticsSettings({ rateBase, prevention: prevention as PreventionFlag[] })
      notifications.show({ color: 'green', message: t('settings.saved') })
    } catch (err) {
      setError(
        err instanceof ValidationError ? t(err.issues[0]?.message ?? 'errors.unknown') : t('errors.unknown'),
      )
    }
  }

  return (
    <Card withBorder data-testid="statistics-settings">
      <Title order={4}>{t('settings.statistics')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.statisticsHint')}
      </Text>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4} id="rate-base-label">
            {t('settings.rateBase')}
          </Text>
          <SegmentedControl
            aria-labelledby="rate-base-label"
            value={rateBase}
            onChange={(v) => setRateBase(v as RateBase)}
            data={RATE_BASES.map((b) => ({ value: b, label: t(`settings.rateBases.${b}`) }))}
          />
        </div>
        <Checkbox.Group
          label={t('settings.preventionColumns')}
          value={prevention}
          onChange={setPrevention}
          error={error}
        >
          <Group mt={4}>
            {PREVENTION_FLAGS.map((f) => (
              <Checkbox key={f} value={f} label={t(`records.prevention.flags.${f}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Button onClick={() => void save()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Card>
  )
}
