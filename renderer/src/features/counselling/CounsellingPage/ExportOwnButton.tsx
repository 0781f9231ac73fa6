/**
 * 导出我的咨询档案: the counsellor's own files as a readable zip, after their own password again.
 * Only here, on the counsellor's own page: nobody else can export counselling.
 */
import { Button, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileZip } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { readableFailure, readableFileName, saveReadable } from '../../backup'
import { useServices } from '../../shared/services'

export function ExportOwnButton() {
  const { t } = useTranslation()
  const { repositories, platform } = useServices()
  const [open, setOpen] = useState(false)
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const close = () => {
    setOpen(false)
    setPassword('')
    setFailure(null)
  }
  const run = async () => {
    setFailure(null)
    setBusy(true)
    try {
      const outcome = await saveReadable(platform, readableFileName('咨询档案导出'), (sink, appVersion) =>
        repositories.counselling.exportOwn(sink, { password, appVersion }),
      )
      if (outcome.status === 'saved') {
        notifications.show({
          color: 'green',
          message: t('counselling.exportOwn.done', {
            count: outcome.result.cases,
            name: outcome.result.name,
          }),
        })
        close()
      }
    } catch (error) {
      setFailure(readableFailure(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button variant="default" leftSection={<IconFileZip size={18} />} onClick={() => setOpen(true)}>
        {t('counselling.exportOwn.open')}
      </Button>
      <Modal opened={open} onClose={close} title={t('counselling.exportOwn.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('counselling.exportOwn.hint')}</Text>
          <PasswordInput
            label={t('counselling.exportOwn.password')}
            value={password}
            autoComplete="current-password"
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <ErrorAlert message={failure} testId="export-own-error" />
          <Button
            w="fit-content"
            disabled={!password}
            loading={busy}
            data-testid="export-own-start"
            onClick={() => void run()}
          >
            {t('counselling.exportOwn.start')}
          </Button>
        </Stack>
      </Modal>
    </>
  )
}
