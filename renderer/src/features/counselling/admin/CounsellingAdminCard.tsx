/**
 * For administrators, on the users page: anonymous counts of counselling files, deleting the ones
 * whose retention ran out, and handing a departing counsellor's files to a colleague with the
 * recovery key. Nothing here shows or reads any content.
 */
import { Button, Card, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash, IconTransfer } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthError } from '../../../data'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { counsellingErrorMessage } from '../counselling-messages'
import { ErrorAlert } from '../../../components/ErrorAlert'

export function CounsellingAdminCard() {
  const { t } = useTranslation()
  const { counsellingAdmin } = useRepositories()
  const result = useQuery(async () => {
    const [counts, counsellors] = await Promise.all([
      counsellingAdmin.counts(),
      counsellingAdmin.counsellors(),
    ])
    return { counts, counsellors }
  }, [])
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const [recoveryKey, setRecoveryKey] = useState('')
  const [keyError, setKeyError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  const counsellors = result.data?.counsellors ?? []
  const counts = result.data?.counts
  const label = (id: string | null) => counsellors.find((c) => c.id === id)?.displayName ?? ''
  const fromCount = counsellors.find((c) => c.id === from)?.clients ?? 0

  const transfer = async () => {
    if (!from || !to) return
    setBusy(true)
    setFailure(null)
    setKeyError(null)
    try {
      const done = await counsellingAdmin.transfer(from, to, recoveryKey)
      notifications.show({ color: 'green', message: t('counselling.admin.transferred', done) })
      setRecoveryKey('')
      setFrom(null)
      setTo(null)
    } catch (error) {
      if (error instanceof AuthError) setKeyError(counsellingErrorMessage(error, t))
      else setFailure(counsellingErrorMessage(error, t))
    } finally {
      setBusy(false)
      setConfirming(false)
    }
  }

  const purge = async () => {
    setBusy(true)
    try {
      const done = await counsellingAdmin.purgeExpired()
      notifications.show({ color: 'green', message: t('counselling.admin.purged', done) })
    } catch (error) {
      setFailure(counsellingErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder data-testid="counselling-admin">
      <Title order={4}>{t('counselling.admin.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('counselling.admin.intro')}
      </Text>
      {counts && (
        <Text size="sm" mb="sm" data-testid="counselling-counts">
          {t('counselling.admin.counts', { ...counts, pending: counts.pendingReferrals })}
        </Text>
      )}
      <Stack gap="sm">
        <Title order={5}>{t('counselling.admin.transferTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('counselling.admin.transferHint')}
        </Text>
        <Group grow align="start">
          <Select
            label={t('counselling.admin.from')}
            value={from}
            onChange={setFrom}
            data={counsellors.map((c) => ({
              value: c.id,
              label: t('counselling.admin.clientsOf', { name: c.displayName, count: c.clients }),
            }))}
          />
          <Select
            label={t('counselling.admin.to')}
            value={to}
            onChange={setTo}
            data={counsellors
              .filter((c) => c.id !== from && !c.disabled)
              .map((c) => ({
                value: c.id,
                label: c.hasKey ? c.displayName : `${c.displayName} ${t('counselling.admin.noKey')}`,
              }))}
          />
        </Group>
        <TextInput
          label={t('counselling.admin.recoveryKey')}
          description={t('users.recoveryKeyHint')}
          autoComplete="off"
          spellCheck={false}
          value={recoveryKey}
          error={keyError}
          onChange={(e) => setRecoveryKey(e.currentTarget.value)}
        />
        <ErrorAlert message={failure} />
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            loading={busy}
            onClick={() => void purge()}
            title={t('counselling.admin.purgeHint')}
          >
            {t('counselling.admin.purge')}
          </Button>
          <Button
            leftSection={<IconTransfer size={16} />}
            disabled={!from || !to || !recoveryKey.trim()}
            onClick={() => setConfirming(true)}
          >
            {t('counselling.admin.transfer')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('counselling.admin.transfer')}>
        <Stack>
          <Text>
            {t('counselling.admin.transferConfirm', { from: label(from), to: label(to), count: fromCount })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('counselling.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void transfer()}>
              {t('counselling.admin.transfer')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}
