/**
 * The administrator's security settings: how long the app waits before locking itself, and how long
 * on the signing screen, where the parties are present.
 */
import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ValidationError } from '../../../domain/shared/errors'
import { useRepositories } from '../../shared/services'

export function SecurityCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [minutes, setMinutes] = useState<number | string>('')
  const [signing, setSigning] = useState<number | string>('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void settings.getAutoLockMinutes().then(setMinutes)
    void settings.getSigningLockMinutes().then(setSigning)
  }, [settings])

  const save = async () => {
    setError(null)
    try {
      await settings.setAutoLockMinutes(Number(minutes))
      await settings.setSigningLockMinutes(Number(signing))
      notifications.show({ color: 'green', message: t('settings.saved') })
    } catch (err) {
      setError(
        err instanceof ValidationError ? t(err.issues[0]?.message ?? 'errors.unknown') : t('errors.unknown'),
      )
    }
  }

  return (
    <Card withBorder>
      <Title order={4}>{t('settings.security')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.autoLockHint')}
      </Text>
      <Group align="end">
        <NumberInput
          label={t('settings.autoLock')}
          value={minutes}
          onChange={setMinutes}
          min={1}
          max={60}
          w={240}
          error={error}
        />
        <NumberInput
          label={t('settings.signingLock')}
          description={t('settings.signingLockHint')}
          value={signing}
          onChange={setSigning}
          min={1}
          max={60}
          w={240}
        />
        <Button onClick={() => void save()}>{t('common.save')}</Button>
      </Group>
    </Card>
  )
}
