/** Records or edits one screening round (排查): date, area, disputes found, notes. */
import { Button, Group, Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Screening } from '../../../domain/statistics'
import { ValidationError } from '../../../domain/shared/errors'
import { errorsFromValidation } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { DateField } from '../../../components/DateField'

interface Values {
  date: string
  area: string
  found: number | string
  notes: string
}

interface Props {
  /** null: closed; 'new': a new round; otherwise the round being edited. */
  editing: Screening | 'new' | null
  today: string
  onClose: () => void
}

function ScreeningForm({ editing, today, onClose }: Props & { editing: Screening | 'new' }) {
  const { t } = useTranslation()
  const { statistics } = useRepositories()
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues:
      editing === 'new'
        ? { date: today, area: '', found: 0, notes: '' }
        : { date: editing.date, area: editing.area, found: editing.found, notes: editing.notes },
  })

  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    setFailure(null)
    // An empty number box is not 0: the repository refuses it with the count message.
    const input = { ...values, found: values.found === '' ? Number.NaN : Number(values.found) }
    try {
      if (editing === 'new') await statistics.addScreening(input)
      else await statistics.updateScreening(editing.id, input)
      notifications.show({ color: 'green', message: t('statistics.screening.saved') })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) form.setErrors(errorsFromValidation(error, t))
      else setFailure(t('errors.unknown'))
    } finally {
      setSaving(false)
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert message={failure} />
        <DateField label={t('statistics.screening.date')} withAsterisk {...form.getInputProps('date')} />
        <TextInput
          label={t('statistics.screening.area')}
          withAsterisk
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('area')}
        />
        <NumberInput
          label={t('statistics.screening.found')}
          min={0}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          withAsterisk
          {...form.getInputProps('found')}
        />
        <Textarea
          label={t('statistics.screening.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function ScreeningModal({ editing, today, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? t('statistics.screening.add') : t('statistics.screening.edit')}
    >
      {editing && <ScreeningForm editing={editing} today={today} onClose={onClose} />}
    </Modal>
  )
}
