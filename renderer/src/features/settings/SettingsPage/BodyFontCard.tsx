/**
 * PDF 文书字体: which fonts PDFs embed — Noto Serif SC for titles, and for body text the PC's own
 * 仿宋 (found by main, or the TTF an administrator points to) else Noto Serif SC too. Choosing
 * goes through main's dialog behind an administrator's grant, and is audited; the browser build
 * cannot read the PC's fonts and says so.
 */
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { AuthError } from '../../../data'
import type { FontProblem, FontsChooseResult, FontsClearResult, SystemFaceResult } from '../../../platform'
import { bodyFontChanged } from '../../documents'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

type T = (key: string, options?: Record<string, unknown>) => string

function bodyWords(t: T, available: boolean, result: SystemFaceResult | undefined): string {
  if (!available) return t('bodyFont.browser')
  const face = result?.face
  if (!face) return t('bodyFont.none')
  return t(face.source === 'chosen' ? 'bodyFont.chosen' : 'bodyFont.found', {
    family: face.family,
    file: face.fileName,
  })
}

const problemWords = (t: T, problem: FontProblem) => t(`bodyFont.problem.${problem}`)

export function BodyFontCard() {
  const { t } = useTranslation()
  const { platform } = useServices()
  const { settings, security } = useRepositories()
  const [revision, setRevision] = useState(0)
  const current = useQuery(() => platform.fonts.systemFace(false), [platform, revision])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const available = platform.fonts.available
  const result = current.data

  const change = async (action: 'choose' | 'clear') => {
    setError(null)
    setBusy(true)
    try {
      const grant = await security.adminGrant('fonts')
      const outcome = await settings.changeBodyFont<FontsChooseResult | FontsClearResult>(() =>
        action === 'choose' ? platform.fonts.choose(grant) : platform.fonts.clear(grant),
      )
      if (outcome.status === 'refused') setError(t('bodyFont.notAllowed'))
      else if (outcome.status === 'invalid')
        setError(t('bodyFont.invalid', { file: outcome.fileName, problem: problemWords(t, outcome.problem) }))
      else if (outcome.status === 'chosen') {
        notifications.show({
          color: 'green',
          message: t('bodyFont.chosenDone', { family: outcome.face.family }),
        })
        bodyFontChanged()
      } else if (outcome.status === 'cleared') {
        notifications.show({ color: 'green', message: t('bodyFont.cleared') })
        bodyFontChanged()
      }
    } catch (err) {
      setError(
        err instanceof AuthError && err.code === 'admin-key-missing'
          ? t('bodyFont.notAllowed')
          : t('errors.unknown'),
      )
    } finally {
      setBusy(false)
      setRevision((r) => r + 1)
    }
  }

  return (
    <Card withBorder data-testid="body-font-card">
      <Title order={4}>{t('bodyFont.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('bodyFont.hint')}
      </Text>
      <Stack gap="xs">
        <Text size="sm" data-testid="body-font-current">
          {t('bodyFont.body', { font: bodyWords(t, available, result) })}
        </Text>
        <Text size="sm">{t('bodyFont.titles')}</Text>
        {result?.chosenProblem && (
          <Alert color="orange" data-testid="body-font-problem">
            {t('bodyFont.chosenProblem', {
              file: result.chosenProblem.fileName,
              problem: problemWords(t, result.chosenProblem.problem),
            })}
          </Alert>
        )}
        {available && (
          <Group>
            <Button
              variant="default"
              onClick={() => void change('choose')}
              loading={busy}
              data-testid="body-font-choose"
            >
              {t('bodyFont.choose')}
            </Button>
            {(result?.face?.source === 'chosen' || result?.chosenProblem) && (
              <Button variant="subtle" onClick={() => void change('clear')} disabled={busy}>
                {t('bodyFont.clear')}
              </Button>
            )}
          </Group>
        )}
        <ErrorAlert message={error} testId="body-font-error" />
      </Stack>
    </Card>
  )
}
