/**
 * 卷宗保管期限 (administrators): the retention period the archive cover prints, per kind of mediation,
 * one for volumes ending in an agreement and one for the others. Saved with its audit entry.
 */
import { Button, Card, Group, Select, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MEDIATION_KINDS, type MediationKind } from '../../../domain/cases/catalogues'
import {
  DEFAULT_RETENTION,
  RETENTION_PERIODS,
  type RetentionPeriod,
  type RetentionRule,
  type RetentionSettings,
} from '../../../domain/documents/retention'
import { errorMessage } from '../../shared/error-message'
import { useRepositories } from '../../shared/services'

export function ArchiveRetentionCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [value, setValue] = useState<RetentionSettings>(DEFAULT_RETENTION)
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    settings.getRetention().then(
      (v) => {
        setValue(v)
        setLoaded(true)
      },
      (err: unknown) => setError(errorMessage(err, t)),
    )
  }, [settings, t])

  const periods = RETENTION_PERIODS.map((p) => ({ value: p, label: t(`settings.retention.periods.${p}`) }))
  const change = (kind: MediationKind, which: keyof RetentionRule, period: string | null) => {
    if (!period) return
    setValue((v) => ({ ...v, [kind]: { ...v[kind], [which]: period as RetentionPeriod } }))
  }

  const save = async () => {
    setError(null)
    try {
      setValue(await settings.setRetention(value))
      notifications.show({ color: 'green', message: t('settings.saved') })
    } catch (err) {
      setError(errorMessage(err, t))
    }
  }

  return (
    <Card withBorder data-testid="archive-retention">
      <Title order={4}>{t('settings.retention.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.retention.hint')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.retention.kind')}</Table.Th>
            <Table.Th>{t('settings.retention.agreement')}</Table.Th>
            <Table.Th>{t('settings.retention.other')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MEDIATION_KINDS.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Td>{t(`kind.${kind}`)}</Table.Td>
              {(['agreement', 'other'] as const).map((which) => (
                <Table.Td key={which}>
                  <Select
                    aria-label={`${t(`kind.${kind}`)} ${t(`settings.retention.${which}`)}`}
                    data={periods}
                    value={value[kind][which]}
                    onChange={(p) => change(kind, which, p)}
                    allowDeselect={false}
                    disabled={!loaded}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error && (
        <Text c="red" size="sm" mt="xs">
          {error}
        </Text>
      )}
      <Group mt="sm">
        <Button onClick={() => void save()} disabled={!loaded}>
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  )
}
