/** A new client, or their details changed: a name or an alias, an optional contact, a note. */
import { Checkbox, Textarea, TextInput } from '@mantine/core'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { clientInputSchema, type CounsellingClient } from '../../../domain/counselling/client'
import { useRepositories } from '../../shared/services'
import { useCounsellingForm } from './counselling-form'

export function ClientForm({
  client,
  onDone,
  onCancel,
}: {
  client?: CounsellingClient
  onDone: (created?: CounsellingClient) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const created = useRef<CounsellingClient | undefined>(undefined)
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-client',
    signable: false,
    schema: clientInputSchema,
    initialValues: () => ({
      name: client?.name ?? '',
      isAlias: client?.isAlias ?? false,
      contact: client?.contact ?? '',
      note: client?.note ?? '',
    }),
    save: async (data) => {
      if (client) await counselling.updateClient(client.id, data)
      else created.current = await counselling.createClient(data)
    },
    onDone: () => onDone(created.current),
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <TextInput
        label={t('counselling.name')}
        description={t('counselling.nameHint')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Checkbox label={t('counselling.isAlias')} {...form.getInputProps('isAlias', { type: 'checkbox' })} />
      <TextInput
        label={t('counselling.contact')}
        description={t('counselling.contactHint')}
        {...form.getInputProps('contact')}
      />
      <Textarea label={t('counselling.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
