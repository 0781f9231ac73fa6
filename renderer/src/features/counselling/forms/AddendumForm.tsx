/** 补充说明: a correction to a signed record, with its reason; the original stays as it was. */
import { Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { addendumSchema } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { useCounsellingForm } from './counselling-form'

export function AddendumForm({
  recordId,
  onDone,
  onCancel,
}: {
  recordId: string
  onDone: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-addendum',
    signable: false,
    schema: addendumSchema,
    initialValues: () => ({ reason: '', text: '' }),
    save: (data) => counselling.addAddendum(recordId, data),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Text size="sm" c="dimmed">
        {t('counselling.addendumForm.hint')}
      </Text>
      <TextInput
        label={t('counselling.addendumForm.reason')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <Textarea
        label={t('counselling.addendumForm.text')}
        withAsterisk
        autosize
        minRows={3}
        {...form.getInputProps('text')}
      />
    </FormFrame>
  )
}
