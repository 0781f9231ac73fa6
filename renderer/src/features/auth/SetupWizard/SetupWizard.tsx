/**
 * First run: organisation, first administrator, recovery key. Nothing is stored until the last
 * step is confirmed; then the keys are made and written in one go.
 */
import { Button, Center, Group, Paper, Stepper, Text, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { generateRecoveryKey, recoveryKeyGroups } from '../../../data'
import type { NewAccount, Organisation } from '../../../domain/auth/account'
import { translateErrors } from '../../shared/form-errors'
import { authErrorMessage } from '../../shared/auth-messages'
import { AdminStep } from './AdminStep'
import { OrganisationStep } from './OrganisationStep'
import { RecoveryStep } from './RecoveryStep'
import { adminStepSchema, initialSetupValues, organisationStepSchema, type SetupValues } from './setup-values'

export interface SetupResult {
  organisation: Organisation
  admin: NewAccount
  recoveryKey: string
}

const resolvers = [
  schemaResolver(organisationStepSchema, { sync: true }),
  schemaResolver(adminStepSchema, { sync: true }),
]

function pickTwo(n: number): [number, number] {
  const a = crypto.getRandomValues(new Uint32Array(1))[0]! % n
  const b = (a + 1 + (crypto.getRandomValues(new Uint32Array(1))[0]! % (n - 1))) % n
  return a < b ? [a, b] : [b, a]
}

export function SetupWizard({
  onComplete,
  onRestore,
}: {
  onComplete: (result: SetupResult) => Promise<void>
  /** Moving to a new PC or after a lost disk: the workspace comes from a backup instead. */
  onRestore?: () => void
}) {
  const { t } = useTranslation()
  const [step, setStep] = useState(0)
  const [recoveryKey] = useState(generateRecoveryKey)
  const groups = recoveryKeyGroups(recoveryKey)
  const [ask] = useState(() => pickTwo(groups.length))
  const [answers, setAnswers] = useState<[string, string]>(['', ''])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: initialSetupValues,
    validate: (values) => translateErrors(resolvers[step]?.(values) ?? {}, t),
  })

  const next = () => {
    if (!form.validate().hasErrors) setStep((s) => s + 1)
  }

  const finish = async () => {
    const ok = answers.every((a, i) => a.trim().toUpperCase() === groups[ask[i] as number])
    if (!ok) return setError(t('setup.recoveryMismatch'))
    setError(null)
    setBusy(true)
    const { organisation, admin } = form.getValues()
    try {
      await onComplete({
        organisation,
        admin: {
          username: admin.username,
          displayName: admin.displayName,
          password: admin.password,
          roles: ['admin'],
        },
        recoveryKey,
      })
    } catch (err) {
      setError(authErrorMessage(err, t))
      setBusy(false)
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Paper withBorder shadow="sm" p="xl" w={760}>
        <Group justify="space-between" align="start">
          <Title order={2}>{t('setup.title')}</Title>
          {onRestore && (
            <Button variant="light" onClick={onRestore} data-testid="setup-restore">
              {t('backup.restore.entry')}
            </Button>
          )}
        </Group>
        <Text c="dimmed" mb="lg">
          {t('setup.intro')}
        </Text>
        <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={setStep}>
          <Stepper.Step label={t('setup.stepOrganisation')}>
            <OrganisationStep form={form} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.stepAdmin')}>
            <AdminStep form={form} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.stepRecovery')}>
            <RecoveryStep groups={groups} ask={ask} answers={answers} onAnswer={setAnswers} error={error} />
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button variant="default" disabled={step === 0 || busy} onClick={() => setStep((s) => s - 1)}>
            {t('setup.previous')}
          </Button>
          {step < 2 ? (
            <Button onClick={next}>{t('setup.next')}</Button>
          ) : (
            <Button onClick={() => void finish()} loading={busy}>
              {t('setup.finish')}
            </Button>
          )}
        </Group>
      </Paper>
    </Center>
  )
}
