/**
 * 保密例外: the ground, what was disclosed, to whom, when and by whom. Final once recorded; the
 * audit log names the ground only. A printable record follows from the client's page.
 */
import { Alert, Checkbox, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { EXCEPTION_GROUNDS } from '../../../domain/counselling/catalogues'
import { exceptionSchema } from '../../../domain/counselling/records'
import { useRepositories, useSession } from '../../shared/services'
import { nowLocal, type CounsellingFormProps } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateTimeField } from '../../../components/DateField'

export function ExceptionForm({ clientId, onDone, onCancel }: CounsellingFormProps) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { user } = useSession()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-exception',
    signable: false,
    schema: exceptionSchema,
    initialValues: () => ({
      ground: '',
      disclosed: '',
      recipient: '',
      disclosedAt: nowLocal(),
      disclosedBy: user.displayName,
      basis: '',
      clientInformed: false,
    }),
    save: (data) => counselling.addRecord(clientId, 'exception', data),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Alert color="orange" variant="light">
        {t('counselling.exception.hint')}
      </Alert>
      <Radio.Group label={t('counselling.exception.ground')} withAsterisk {...form.getInputProps('ground')}>
        <Stack gap={4} mt={4}>
          {EXCEPTION_GROUNDS.map((g) => (
            <Radio key={g} value={g} label={t(`counselling.exception.grounds.${g}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('counselling.exception.disclosed')}
        withAsterisk
        autosize
        minRows={3}
        {...form.getInputProps('disclosed')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('counselling.exception.recipient')}
          withAsterisk
          {...form.getInputProps('recipient')}
        />
        <DateTimeField
          label={t('counselling.exception.disclosedAt')}
          withAsterisk
          {...form.getInputProps('disclosedAt')}
        />
        <TextInput
          label={t('counselling.exception.disclosedBy')}
          withAsterisk
          {...form.getInputProps('disclosedBy')}
        />
      </SimpleGrid>
      <Textarea
        label={t('counselling.exception.basis')}
        autosize
        minRows={2}
        {...form.getInputProps('basis')}
      />
      <Checkbox
        label={t('counselling.exception.clientInformed')}
        {...form.getInputProps('clientInformed', { type: 'checkbox' })}
      />
    </FormFrame>
  )
}
