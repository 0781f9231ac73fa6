/**
 * 风险评估: self-harm and harm to others, each none/low/medium/high, the overall level, and a
 * safety plan (required from medium up). A high level points to the confidentiality-exception
 * workflow.
 */
import { Alert, Button, SegmentedControl, SimpleGrid, Input, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { RISK_DEGREES } from '../../../domain/counselling/catalogues'
import { riskAssessmentSchema } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { noteSaver, startFrom, today, type CounsellingFormProps } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateField } from '../../../components/DateField'

const LEVELS = ['selfHarm', 'harmOthers', 'overall'] as const
const COLOR = { none: 'gray', low: 'green', medium: 'orange', high: 'red' } as const

export function RiskForm({
  clientId,
  record,
  onDone,
  onCancel,
  onStartException,
}: CounsellingFormProps & { onStartException: () => void }) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-risk',
    signable: true,
    schema: riskAssessmentSchema,
    initialValues: () =>
      startFrom(record, {
        date: today(),
        selfHarm: 'none',
        harmOthers: 'none',
        overall: 'none',
        factors: '',
        protective: '',
        safetyPlan: '',
      }),
    save: noteSaver(counselling, 'risk', clientId, record),
    onDone,
  })
  const values = form.getValues()
  const high = LEVELS.some((l) => values[l] === 'high')
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <DateField label={t('counselling.risk.date')} withAsterisk {...form.getInputProps('date')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {LEVELS.map((l) => (
          <Input.Wrapper key={l} label={t(`counselling.risk.${l}`)} withAsterisk error={form.errors[l]}>
            <SegmentedControl
              fullWidth
              mt={4}
              aria-label={t(`counselling.risk.${l}`)}
              color={COLOR[values[l] as keyof typeof COLOR]}
              data={RISK_DEGREES.map((d) => ({ value: d, label: t(`counselling.risk.degrees.${d}`) }))}
              value={values[l]}
              onChange={(v) => form.setFieldValue(l, v)}
            />
          </Input.Wrapper>
        ))}
      </SimpleGrid>
      {high && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="risk-high-alert">
          {t('counselling.risk.highAlert')}
          <Button size="compact-sm" color="red" variant="light" ml="sm" onClick={onStartException}>
            {t('counselling.risk.startException')}
          </Button>
        </Alert>
      )}
      <Textarea
        label={t('counselling.risk.factors')}
        autosize
        minRows={2}
        {...form.getInputProps('factors')}
      />
      <Textarea
        label={t('counselling.risk.protective')}
        autosize
        minRows={2}
        {...form.getInputProps('protective')}
      />
      <Textarea
        label={t('counselling.risk.safetyPlan')}
        withAsterisk={values.overall === 'medium' || values.overall === 'high'}
        autosize
        minRows={3}
        {...form.getInputProps('safetyPlan')}
      />
    </FormFrame>
  )
}
