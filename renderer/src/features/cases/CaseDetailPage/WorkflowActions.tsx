/**
 * The steps the case's workflow allows now, as buttons. A step still missing records, or whose
 * condition does not hold yet (结案 before every term is performed), is shown disabled with what it
 * needs; a step needing a reason asks for one. The repository checks again.
 */
import { Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import type { AvailableTransition } from '../../../domain/workflow/workflows'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../shared/error-message'

interface Props {
  caseData: Case
  transitions: AvailableTransition[]
}

/** Steps that end mediation without success, shown in red. */
const DANGER: ReadonlySet<string> = new Set(['reject', 'terminate', 'close-unperformed', 'return-police'])

export function WorkflowActions({ caseData, transitions }: Props) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const [chosen, setChosen] = useState<AvailableTransition | null>(null)
  // Several definitions may share an action (from different statuses): one button each.
  const shown = transitions.filter((tr, i) => transitions.findIndex((x) => x.action === tr.action) === i)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!shown.length) return <Text c="dimmed">{t('workflow.none')}</Text>

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
      setError(errorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Group gap="xs">
        {shown.map((tr) => {
          const blocked = tr.missing.length > 0 || tr.unmet.length > 0
          const why = [
            tr.missing.length &&
              t('workflow.needs', { records: tr.missing.map((k) => t(`records.kinds.${k}`)).join('、') }),
            tr.unmet.length &&
              t('workflow.unmet', {
                conditions: tr.unmet.map((c) => t(`workflow.conditions.${c}`)).join('；'),
              }),
          ]
            .filter(Boolean)
            .join(' ')
          const button = (
            <Button
              key={tr.action}
              variant={blocked ? 'default' : 'filled'}
              color={DANGER.has(tr.action) ? 'red' : undefined}
              disabled={blocked}
              onClick={() => setChosen(tr)}
              data-testid={`action-${tr.action}`}
            >
              {t(`actions.${tr.action}`)}
            </Button>
          )
          return blocked ? (
            <Tooltip key={tr.action} label={why} multiline maw={360}>
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
