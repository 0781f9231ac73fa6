/**
 * The signing screen of one agreement version, used on the spot as a guided sequence: the parties
 * read the agreement's text (shown in large type, page by page, above every signature pad), each
 * party and the mediator sign, the seal is applied — here, by someone who may, or after a hand-over
 * (待盖章) by them — and 确认生效. The steps say what is done and what is next; each can be opened.
 * The optional recorder may sign until the version takes effect.
 */
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { IconArrowLeft, IconArrowRight, IconBook } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../domain/documents/agreement'
import { PagedDocPreview } from '../../../components/DocPreview'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useSigningActivity } from '../../shared/signing-activity'
import { useQuery } from '../../shared/use-query'
import { stepError, type StepError } from './agreement-errors'
import { EffectiveStep } from './EffectiveStep'
import { SealStep } from './SealStep'
import { SigningSteps } from './SigningSteps'
import { SlotPanel } from './SlotPanel'
import { StepErrorAlert } from './StepErrorAlert'
import { isSlotStep, nextStepIndex, signingSteps } from './signing-steps'
import { useAgreementModel } from './use-agreement-model'
import { useAgreementRenderer } from './use-agreement-renderer'

export function SigningModal({ agreementId, onClose }: { agreementId: string | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const loaded = useQuery(
    () => (agreementId ? agreements.get(agreementId) : Promise.resolve(null)),
    [agreementId],
  )
  const a = loaded.data ?? null
  return (
    <Modal
      opened={agreementId !== null}
      onClose={onClose}
      fullScreen
      title={
        a ? t('agreements.signingTitle', { caseNo: a.caseNo, version: a.version }) : t('agreements.title')
      }
    >
      {loaded.status === 'error' && <QueryErrorAlert error={loaded.error} />}
      {!a && loaded.status === 'loading' && <Loader size="sm" />}
      {a && a.id === agreementId && <SigningBody key={a.id} agreement={a} onClose={onClose} />}
    </Modal>
  )
}

function SigningBody({ agreement: a, onClose }: { agreement: Agreement; onClose: () => void }) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  // The parties are present: the signing screen's own, longer idle time applies while it is open.
  useSigningActivity()
  const renderer = useAgreementRenderer()
  const model = useAgreementModel(a)
  const [textRead, setTextRead] = useState(false)
  const [chosen, setChosen] = useState<number | null>(null)
  const [error, setError] = useState<StepError | null>(null)
  const [busy, setBusy] = useState<'seal' | 'handover' | 'effective' | null>(null)
  const steps = signingSteps(a)
  const next = nextStepIndex(steps, a, textRead)
  const shown = chosen ?? next
  const step = steps[shown] ?? steps[next]!

  // After any step succeeds the screen moves on to what is next. Feedback stays inside the
  // screen (the slot, the seal panel, the effective banner): a toast would cover its buttons.
  const done = () => {
    setError(null)
    setChosen(null)
  }
  const run = async (which: 'seal' | 'handover' | 'effective', work: () => Promise<unknown>) => {
    setBusy(which)
    setError(null)
    try {
      await work()
      done()
    } catch (err) {
      setError(stepError(err, t))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="sm" data-testid="signing-screen">
      <SigningSteps
        steps={steps}
        agreement={a}
        textRead={textRead}
        next={next}
        shown={shown}
        onShow={(i) => {
          setError(null)
          setChosen(i)
        }}
      />
      {model.status === 'error' && <QueryErrorAlert error={model.error} />}
      {model.data ? (
        <PagedDocPreview
          model={model.data}
          height={step.key === 'text' ? 'calc(100vh - 300px)' : 'max(260px, calc(100vh - 560px))'}
          labels={{
            previous: t('agreements.previousPage'),
            next: t('agreements.nextPage'),
            page: (page, pages) => t('agreements.page', { page, pages }),
          }}
        />
      ) : (
        <Loader size="sm" />
      )}
      {step.key === 'text' && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('agreements.textIntro')}
          </Text>
          <Button
            size="md"
            leftSection={<IconBook size={18} />}
            data-testid="text-read"
            onClick={() => {
              setTextRead(true)
              setChosen(null)
            }}
          >
            {t('agreements.textRead')}
          </Button>
        </Group>
      )}
      {isSlotStep(step) && (
        <>
          {a.status === 'signed' && step.slot.required && (
            <Alert color="blue" py={6}>
              {t('agreements.locked')}
            </Alert>
          )}
          {step.slot.kind === 'recorder' && (
            <Text size="sm" c="dimmed">
              {t('agreements.recorderStillOpen')}
            </Text>
          )}
          <SlotPanel
            key={step.slot.id}
            agreement={a}
            slot={step.slot}
            onError={(err) => setError(stepError(err, t))}
            onDone={done}
          />
        </>
      )}
      {step.key === 'seal' && (
        <SealStep
          agreement={a}
          busy={busy === 'seal' || busy === 'handover'}
          onStep={(w, work) => void run(w, work)}
        />
      )}
      {step.key === 'effective' && (
        <EffectiveStep
          agreement={a}
          busy={busy === 'effective'}
          onEffective={() =>
            void run('effective', async () => agreements.makeEffective(a.id, await renderer()))
          }
        />
      )}
      {error && <StepErrorAlert error={error} />}
      <Group justify="space-between">
        <Group>
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
            disabled={shown === 0}
            onClick={() => setChosen(shown - 1)}
          >
            {t('agreements.previousStep')}
          </Button>
          <Button
            variant="default"
            rightSection={<IconArrowRight size={16} />}
            disabled={shown >= steps.length - 1}
            onClick={() => setChosen(shown + 1)}
          >
            {t('agreements.nextStep')}
          </Button>
        </Group>
        <Button variant="default" onClick={onClose}>
          {t('agreements.close')}
        </Button>
      </Group>
    </Stack>
  )
}
