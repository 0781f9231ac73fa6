/**
 * The administrator's upload address. The same check as the main process (https only, no user
 * name or password) explains a refusal before anything is sent; the change itself goes through the
 * settings repository, which checks the permission and audits it.
 */
import { Button, Group, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { uploadEndpointProblem, type UploadEndpointProblem, type UploadPlatform } from '../../../platform'
import { useRepositories } from '../../shared/services'

const PROBLEM_KEYS: Record<UploadEndpointProblem, string> = {
  invalid: 'upload.errors.invalid',
  'not-https': 'upload.errors.notHttps',
  credentials: 'upload.errors.credentials',
}

export function EndpointForm({ upload, onSaved }: { upload: UploadPlatform; onSaved: () => void }) {
  const { t } = useTranslation()
  const { settings, security } = useRepositories()
  const [value, setValue] = useState('')
  const [stored, setStored] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void upload.getSettings().then(({ endpoint }) => {
      setStored(endpoint)
      setValue(endpoint ?? '')
    })
  }, [upload])

  const change = async (endpoint: string | null) => {
    setError(null)
    if (endpoint !== null) {
      const problem = uploadEndpointProblem(endpoint)
      if (problem) return setError(t(PROBLEM_KEYS[problem]))
    }
    setBusy(true)
    try {
      const grant = await security.adminGrant('upload')
      const saved = await settings.changeUploadEndpoint(endpoint, (e) => upload.setSettings(e, grant))
      if (saved.status !== 'saved') return setError(t('upload.errors.notAllowed'))
      setStored(saved.endpoint)
      setValue(saved.endpoint ?? '')
      notifications.show({ color: 'green', message: t(saved.endpoint ? 'upload.saved' : 'upload.cleared') })
      onSaved()
    } catch {
      setError(t('upload.errors.saveFailed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Group align="start" wrap="nowrap">
      <TextInput
        label={t('upload.endpoint')}
        description={t('upload.endpointHint')}
        placeholder={t('upload.endpointPlaceholder')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={error}
        style={{ flex: 1 }}
        spellCheck={false}
        data-testid="upload-endpoint"
      />
      <Group mt={46} gap="xs" wrap="nowrap">
        <Button onClick={() => void change(value.trim())} loading={busy}>
          {t('upload.save')}
        </Button>
        {stored !== null && (
          <Button variant="default" onClick={() => void change(null)} disabled={busy}>
            {t('upload.clear')}
          </Button>
        )}
      </Group>
    </Group>
  )
}
