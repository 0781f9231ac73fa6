/**
 * 调解协议 (人民调解法 Art. 29): written or oral, the facts and each side's responsibility, the
 * agreed terms — each with its amount (typed in 元, shown in figures and in capitals as typed),
 * obligor, manner and due date — and the day it was reached. An oral agreement takes effect that
 * day; a written one when everyone has signed and the seal is on it (the signing flow records it).
 */
import {
  ActionIcon,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { amountWords, obligorOptions, today, typedFen, yuanToFen } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm, type Conversion } from './record-form'
import { ErrorAlert } from '../../components/ErrorAlert'
import { DateField } from '../../components/DateField'
import { RecorderSelect } from './RecorderSelect'

interface TermValues {
  id: string
  description: string
  /** As typed, in 元. */
  amount: string
  obligorPartyId: string
  manner: string
  dueDate: string
  place: string
}

interface Values {
  form: string
  facts: string
  responsibilities: string
  terms: TermValues[]
  effectiveDate: string
  recorderId: string
}

function toData(values: Values): Conversion {
  const errors: Record<string, string> = {}
  const terms = values.terms.map(({ amount, ...term }, index) => {
    const parsed = yuanToFen(amount)
    if ('error' in parsed) errors[`terms.${index}.amount`] = parsed.error
    return { ...term, amountFen: 'fen' in parsed ? parsed.fen : 0 }
  })
  return { data: { ...values, terms }, errors }
}

const fieldOf = (path: string) => path.replace(/^(terms\.\d+)\.amountFen$/, '$1.amount')

export function AgreementForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  // Who performs each term is chosen, never assumed (the respondent is not always the one who pays).
  const obligors = obligorOptions(caseData, t('records.agreement.obligorAll'))
  const newTerm = (): TermValues => ({
    id: crypto.randomUUID(),
    description: '',
    amount: '',
    obligorPartyId: '',
    manner: '',
    dueDate: '',
    place: '',
  })
  const { form, frame } = useRecordForm<Values>({
    kind: 'agreement',
    caseId: caseData.id,
    initialValues: () => ({
      form: 'written',
      facts: caseData.facts,
      responsibilities: '',
      terms: [newTerm()],
      effectiveDate: today(),
      recorderId: '',
    }),
    toData,
    fieldOf,
    onDone,
  })
  const values = form.getValues()
  const total = values.terms.reduce((sum, term) => sum + (typedFen(term.amount) ?? 0), 0)
  const termsError = form.errors.terms

  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Group align="flex-end" gap="md">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('records.agreement.form')}
          </Text>
          <SegmentedControl
            data={(['written', 'oral'] as const).map((f) => ({
              value: f,
              label: t(`records.agreement.forms.${f}`),
            }))}
            value={form.getValues().form}
            onChange={(v) => form.setFieldValue('form', v)}
          />
        </div>
        <DateField
          label={t('records.agreement.reachedDate')}
          withAsterisk
          {...form.getInputProps('effectiveDate')}
        />
      </Group>
      <Text size="xs" c="dimmed" data-testid="agreement-date-hint">
        {t(values.form === 'oral' ? 'records.agreement.oralDateHint' : 'records.agreement.writtenDateHint')}
      </Text>
      <Textarea label={t('records.agreement.facts')} autosize minRows={3} {...form.getInputProps('facts')} />
      <Textarea
        label={t('records.agreement.responsibilities')}
        autosize
        minRows={2}
        {...form.getInputProps('responsibilities')}
      />

      <Text fw={600}>{t('records.agreement.terms')}</Text>
      <ErrorAlert message={typeof termsError === 'string' && termsError} />
      {values.terms.map((term, index) => {
        const path = (field: keyof TermValues) => `terms.${index}.${field}`
        const amountProps = form.getInputProps(path('amount'))
        const fen = typedFen(term.amount)
        const typed = term.amount.trim() !== ''
        const liveError =
          typed && fen === null ? t((yuanToFen(term.amount) as { error: string }).error) : null
        return (
          <Card key={term.id} withBorder padding="sm" data-testid={`term-${index}`}>
            <Group justify="space-between" mb={4}>
              <Text fw={500}>{t('records.agreement.termN', { n: index + 1 })}</Text>
              {values.terms.length > 1 && (
                <Tooltip label={t('records.agreement.removeTerm')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('records.agreement.removeTerm')}
                    onClick={() => form.removeListItem('terms', index)}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
            <Stack gap="xs">
              <Textarea
                label={t('records.agreement.description')}
                autosize
                minRows={2}
                withAsterisk
                {...form.getInputProps(path('description'))}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('records.agreement.amount')}
                  inputMode="decimal"
                  placeholder="0"
                  {...amountProps}
                  error={amountProps.error ?? liveError}
                  description={
                    fen !== null
                      ? t('records.agreement.figures', amountWords(fen))
                      : t('records.agreement.amountHint')
                  }
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data-testid={`term-amount-${index}`}
                />
                <Select
                  label={t('records.agreement.obligor')}
                  data={obligors}
                  placeholder={t('records.agreement.chooseObligor')}
                  withAsterisk
                  data-testid={`term-obligor-${index}`}
                  {...form.getInputProps(path('obligorPartyId'))}
                  onChange={(v) => form.setFieldValue(path('obligorPartyId'), v ?? '')}
                />
                <TextInput label={t('records.agreement.manner')} {...form.getInputProps(path('manner'))} />
                <DateField label={t('records.agreement.dueDate')} {...form.getInputProps(path('dueDate'))} />
                <TextInput label={t('records.agreement.place')} {...form.getInputProps(path('place'))} />
              </SimpleGrid>
            </Stack>
          </Card>
        )
      })}
      <Group justify="space-between">
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => form.insertListItem('terms', newTerm())}
        >
          {t('records.agreement.addTerm')}
        </Button>
        <Text data-testid="agreement-total">{t('records.agreement.total', amountWords(total))}</Text>
      </Group>
      <RecorderSelect
        value={values.recorderId}
        onChange={(v) => form.setFieldValue('recorderId', v)}
        error={form.errors.recorderId}
      />
    </FormFrame>
  )
}
