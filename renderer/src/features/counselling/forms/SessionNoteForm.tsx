/**
 * 咨询记录: built for typing — time, length and mode in one row, then the structured sections
 * (topic, interventions, client response, plan) and free notes. Tab moves down the sections;
 * Ctrl+Enter saves a draft; signing locks it.
 */
import { NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { SESSION_MODES } from '../../../domain/counselling/catalogues'
import { sessionNoteSchema } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { noteSaver, nowLocal, startFrom, type CounsellingFormProps } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateTimeField } from '../../../components/DateField'

const SECTIONS = ['presentingConcern', 'interventions', 'clientResponse', 'plan', 'freeText'] as const

export function SessionNoteForm({ clientId, record, onDone, onCancel }: CounsellingFormProps) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-session',
    signable: true,
    schema: sessionNoteSchema,
    initialValues: () =>
      startFrom(record, {
        at: nowLocal(),
        durationMinutes: 50 as number | string,
        mode: 'in-person',
        presentingConcern: '',
        interventions: '',
        clientResponse: '',
        plan: '',
        freeText: '',
      }),
    save: noteSaver(counselling, 'session', clientId, record),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateTimeField label={t('counselling.session.at')} withAsterisk {...form.getInputProps('at')} />
        <NumberInput
          label={t('counselling.session.durationMinutes')}
          withAsterisk
          min={1}
          max={600}
          allowDecimal={false}
          {...form.getInputProps('durationMinutes')}
        />
        <Select
          label={t('counselling.session.mode')}
          withAsterisk
          allowDeselect={false}
          data={SESSION_MODES.map((m) => ({ value: m, label: t(`counselling.session.modes.${m}`) }))}
          {...form.getInputProps('mode')}
        />
      </SimpleGrid>
      {SECTIONS.map((s, i) => (
        <Textarea
          key={s}
          label={t(`counselling.session.${s}`)}
          autosize
          minRows={s === 'freeText' ? 4 : 2}
          data-autofocus={i === 0 || undefined}
          {...form.getInputProps(s)}
        />
      ))}
    </FormFrame>
  )
}
