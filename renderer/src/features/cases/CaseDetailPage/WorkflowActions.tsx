/**
 * The steps the case's workflow allows now, as buttons. A step still missing records, or whose
 * condition does not hold yet (结案 before every term is performed), is shown disabled with what it
 * needs, and under the buttons where to go for it: a link that opens the missing record's form, whose
 * save then offers the step too. A step needing a reason asks for one. The repository checks again.
 */
import { Anchor, Button, Group, List, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import type { AvailableTransition } from '../../../domain/workflow/workflows'
import { offeredRecordKinds, RECORD_FORMS, type RecordFormKind } from '../../records'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../shared/error-message'

interface Props {
  caseData: Case
  transitions: AvailableTransition[]
  /** Opens a record's form (for a step that still needs it). */
  onOpen: (kind: RecordFormKind) => void
}

/** Where to go for a condition that does not hold yet. */
const CONDITION_FORMS: Partial<Record<AvailableTransition['unmet'][number], RecordFormKind[]>> = {
  performed: ['performance', 'urge'],
}

/** Steps that end mediation without success, shown in red. */
const DANGER: ReadonlySet<string> = new Set(['reject', 'terminate', 'close-unperformed', 'return-police'])

export function WorkflowActions({ caseData, transitions, onOpen }: Props) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const [chosen, setChosen] = useState<AvailableTransition | null>(null)
  // Several definitions may share an action (from different statuses): one button each.
  const shown = transitions.filter((tr, i) => transitions.findIndex((x) => x.action === tr.action) === i)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!shown.length) return <Text c="dimmed">{t('workflow.none')}</Text>
  const offered = new Set<string>(offeredRecordKinds(caseData))
  const formable = (k: string): k is RecordFormKind => offered.has(k) && k in RECORD_FORMS
  const hints = shown
    .map((tr) => {
      // every missing record is needed; for a condition, any of its records may help
      const missing = tr.missing.filter(formable)
      const either = missing.length ? [] : tr.unmet.flatMap((c) => CONDITION_FORMS[c] ?? []).filter(formable)
      return {
        tr,
        kinds: missing.length ? missing : either,
        sep: missing.length ? t('workflow.and') : t('workflow.or'),
      }
    })
    .filter((h) => h.kinds.length > 0)

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
              color={DANGER.has(tr.action) ? 'red.9' : undefined}
              disabled={blocked}
              onClick={() => setChosen(tr)}
              data-testid={`action-${tr.action}`}
            >
              {t(`actions.${tr.action}`)}
            </Button>
          )
          return blocked ? (
            <Tooltip key={tr.action} label={why} multiline maw={360} position="bottom-start">
              <span>{button}</span>
            </Tooltip>
          ) : (
            button
          )
        })}
      </Group>
      {hints.length > 0 && (
        <List size="sm" mt="xs" spacing={2} data-testid="workflow-hints">
          {hints.map(({ tr, kinds, sep }) => (
            <List.Item key={tr.action} data-testid={`hint-${tr.action}`}>
              {t('workflow.goTo', { action: t(`actions.${tr.action}`) })}
              {kinds.map((k, i) => (
                <span key={k}>
                  {i > 0 && sep}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    onClick={() => onOpen(k)}
                    data-testid={`hint-${tr.action}-${k}`}
                  >
                    {t('workflow.addNamed', { record: t(`records.kinds.${k}`) })}
                  </Anchor>
                </span>
              ))}
            </List.Item>
          ))}
        </List>
      )}
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
