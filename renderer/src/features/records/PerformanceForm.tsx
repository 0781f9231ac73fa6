/**
 * 履行情况: a payment or act performing one term of the case's latest agreement, with its receipt;
 * payments add up to the term's sum, and a term without money (or paid at last) is marked performed.
 * Each term shows how far it stands.
 */
import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { formatYuan } from '../../domain/amounts/amount'
import type { TermProgress } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'
import { amountWords, latestAgreement, today, typedFen, yuanToFen } from './form-support'
import type { RecordFormWithRecordsProps } from './types'
import { useRecordForm, type Conversion } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  termId: string
  at: string
  amount: string
  note: string
  receiptNo: string
  complete: boolean
}

function toData({ amount, ...values }: Values): Conversion {
  const parsed = yuanToFen(amount)
  return {
    data: { ...values, amountFen: 'fen' in parsed ? parsed.fen : 0 },
    errors: 'error' in parsed ? { amount: parsed.error } : {},
  }
}

const fieldOf = (path: string) => (path === 'amountFen' ? 'amount' : path)

export function PerformanceForm({ caseData, records, onDone, onCancel }: RecordFormWithRecordsProps) {
  const { t } = useTranslation()
  const agreement = latestAgreement(records)
  if (!agreement) {
    return (
      <Alert color="yellow" data-testid="record-form-performance">
        {t('records.performance.noAgreement')}
        {onCancel && (
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onCancel}>
              {t('records.cancel')}
            </Button>
          </Group>
        )}
      </Alert>
    )
  }
  return (
    <PerformanceFields
      caseId={caseData.id}
      agreement={agreement}
      progress={caseData.terms}
      onDone={onDone}
      onCancel={onCancel}
    />
  )
}

function PerformanceFields({
  caseId,
  agreement,
  progress,
  onDone,
  onCancel,
}: {
  caseId: string
  agreement: CaseRecord<'agreement'>
  progress: readonly TermProgress[]
  onDone: () => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const terms = agreement.data.terms
  const stateOf = (i: number) => progress.find((p) => p.n === i + 1)?.performed ?? 'none'
  const amountOf = (termId: string) => {
    const term = terms.find((x) => x.id === termId)
    return term && term.amountFen > 0 ? formatYuan(term.amountFen) : ''
  }
  const { form, frame } = useRecordForm<Values>({
    kind: 'performance',
    caseId,
    initialValues: () => {
      const first = terms.length === 1 ? (terms[0]?.id ?? '') : ''
      return { termId: first, at: today(), amount: amountOf(first), note: '', receiptNo: '', complete: false }
    },
    toData,
    fieldOf,
    onDone,
  })
  const values = form.getValues()
  const fen = typedFen(values.amount)
  const amountProps = form.getInputProps('amount')
  const liveError =
    values.amount.trim() !== '' && fen === null
      ? t((yuanToFen(values.amount) as { error: string }).error)
      : null

  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Select
        label={t('records.performance.term')}
        data={terms.map((term, i) => ({
          value: term.id,
          label: `${t('records.performance.termOption', {
            n: i + 1,
            description: term.description,
            amount: formatYuan(term.amountFen),
          })} · ${t(`records.performance.termStates.${stateOf(i)}`)}`,
        }))}
        allowDeselect={false}
        withAsterisk
        {...form.getInputProps('termId')}
        onChange={(v) => {
          form.setFieldValue('termId', v ?? '')
          form.setFieldValue('amount', amountOf(v ?? ''))
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label={t('records.performance.at')} withAsterisk {...form.getInputProps('at')} />
        <TextInput
          label={t('records.performance.amount')}
          inputMode="decimal"
          placeholder="0"
          {...amountProps}
          error={amountProps.error ?? liveError}
          description={fen !== null ? t('records.agreement.figures', amountWords(fen)) : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <TextInput label={t('records.performance.receiptNo')} {...form.getInputProps('receiptNo')} />
      </SimpleGrid>
      <Checkbox
        label={t('records.performance.complete')}
        description={t('records.performance.completeHint')}
        {...form.getInputProps('complete', { type: 'checkbox' })}
      />
      <Textarea label={t('records.performance.note')} autosize minRows={1} {...form.getInputProps('note')} />
      <Text size="xs" c="dimmed" data-testid="term-states">
        {terms
          .map((_, i) =>
            t('records.performance.termLine', {
              n: i + 1,
              state: t(`records.performance.termStates.${stateOf(i)}`),
            }),
          )
          .join('；')}
      </Text>
    </FormFrame>
  )
}
