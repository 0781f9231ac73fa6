/**
 * The steps the case's workflow allows now, as buttons. A step still missing records is shown
 * disabled with what it needs; a step needing a reason asks for one. The repository checks again.
 */
import { Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import { ValidationError } from '../../../domain/shared/errors'
import type { AvailableTransition } from '../../../domain/workflow/workflows'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'

interface Props {
  caseData: Case
  transitions: AvailableTransition[]
}

export function WorkflowActions({ caseData, transitions }: Props) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const [chosen, setChosen] = useState<AvailableTransition | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!transitions.length) return <Text c="dimmed">{t('workflow.none')}</Text>

  const run = async () => {
    if (!chosen) return
    setBusy(true)
    setError(null)
    try {
      await cases.transition(caseData.id, chosen.action, reason)
      notifications.show({
        color: 'green',
        message: t('workflow.done', { action: t(`actions.${chosen.action}`) }),
      })
      setChosen(null)
      setReason('')
    } catch (err) {
      setError(
        err instanceof ValidationError ? t(err.issues[0]?.message ?? 'errors.unknown') : t('errors.unknown'),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Group gap="xs">
        {transitions.map((tr) => {
          const needs = tr.missing.map((k) => t(`records.kinds.${k}`)).join('、')
          const button = (
            <Button
              key={tr.action}
              variant={tr.missing.length ? 'default' : 'filled'}
              color={tr.action === 'reject' || tr.action === 'terminate' ? 'red' : undefined}
              disabled={tr.missing.length > 0}
              onClick={() => setChosen(tr)}
              data-testid={`action-${tr.action}`}
            >
              {t(`actions.${tr.action}`)}
            </Button>
          )
          return tr.missing.length ? (
            <Tooltip key={tr.action} label={t('workflow.needs', { records: needs })}>
              <span>{button}</span>
            </Tooltip>
          ) : (
            button
          )
        })}
      </Group>
      <Modal
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        title={chosen ? t('workflow.confirm', { action: t(`actions.${chosen.action}`) }) : ''}
      >
        {chosen && (
          <Stack>
            <Text>
              {t('workflow.confirmBody', {
                from: t(`status.${caseData.status}`),
                to: t(`status.${chosen.to}`),
              })}
            </Text>
            <Textarea
              label={t('workflow.reason')}
              withAsterisk={chosen.reason}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <ErrorAlert message={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void run()} loading={busy} data-testid="confirm-action">
                {t(`actions.${chosen.action}`)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
