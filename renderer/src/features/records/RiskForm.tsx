/** 风险评估: the case's risk grade 红/橙/黄/绿 and why; the case shows the latest grade. */
import { Radio, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { RISK_LEVELS } from '../../domain/cases/catalogues'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  level: string
  reason: string
}

export function RiskForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'risk',
    caseId: caseData.id,
    initialValues: () => ({ level: caseData.riskLevel ?? '', reason: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Radio.Group label={t('records.risk.level')} withAsterisk {...form.getInputProps('level')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
          {RISK_LEVELS.map((level) => (
            <Radio
              key={level}
              value={level}
              color={level}
              label={t(`records.risk.levels.${level}`)}
              description={t(`records.risk.levelHints.${level}`)}
            />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Textarea
        label={t('records.risk.reason')}
        autosize
        minRows={3}
        withAsterisk
        {...form.getInputProps('reason')}
      />
    </FormFrame>
  )
}
