/** The signing sequence at a glance: every step, whether it is done, which is next; each opens its step. */
import { Group, UnstyledButton, Text, ThemeIcon } from '@mantine/core'
import { IconCheck, IconArrowRight, IconCircleDashed } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../domain/documents/agreement'
import { isOptional, isSlotStep, isStepDone, type SigningStep } from './signing-steps'

interface Props {
  steps: SigningStep[]
  agreement: Agreement
  textRead: boolean
  next: number
  shown: number
  onShow: (index: number) => void
}

export function stepTitle(step: SigningStep, t: (key: string, values?: Record<string, string>) => string) {
  if (isSlotStep(step)) return t(`agreements.steps.${step.slot.kind}`, { name: step.slot.name })
  return t(`agreements.steps.${step.key}`)
}

export function SigningSteps({ steps, agreement, textRead, next, shown, onShow }: Props) {
  const { t } = useTranslation()
  return (
    <Group
      gap={6}
      wrap="wrap"
      role="list"
      aria-label={t('agreements.stepsLabel')}
      data-testid="signing-steps"
    >
      {steps.map((step, i) => {
        const done = isStepDone(step, agreement, textRead)
        const state = done ? 'done' : i === next ? 'next' : isOptional(step) ? 'optional' : 'todo'
        const color = done ? 'green' : i === next ? 'blue' : 'gray'
        return (
          <UnstyledButton
            key={step.key}
            role="listitem"
            onClick={() => onShow(i)}
            aria-current={i === shown ? 'step' : undefined}
            data-testid={`step-${step.key}`}
            data-state={state}
            style={{
              padding: '4px 10px 4px 4px',
              borderRadius: 20,
              border: `2px solid var(--mantine-color-${color}-${i === shown ? 6 : 2})`,
              background: i === shown ? `var(--mantine-color-${color}-0)` : undefined,
            }}
          >
            <Group gap={6} wrap="nowrap">
              <ThemeIcon size={22} radius="xl" color={color} variant={done ? 'filled' : 'light'}>
                {done ? (
                  <IconCheck size={14} />
                ) : i === next ? (
                  <IconArrowRight size={14} />
                ) : (
                  <IconCircleDashed size={14} />
                )}
              </ThemeIcon>
              <div>
                <Text size="sm" fw={600} lh={1.2}>
                  {i + 1}. {stepTitle(step, t)}
                </Text>
                <Text size="xs" c="dimmed" lh={1.1}>
                  {t(`agreements.stepState.${state}`)}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        )
      })}
    </Group>
  )
}
