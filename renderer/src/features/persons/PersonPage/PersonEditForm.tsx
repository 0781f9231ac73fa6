/**
 * Editing a person record: the same checks as a party (ID number, credit code, phone), messages in
 * the user's language, nothing stored until every field passes.
 */
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GENDERS, ID_DOCUMENT_TYPES } from '../../../domain/cases/catalogues'
import { personDetailsSchema, type Person, type PersonDetailsInput } from '../../../domain/cases/person'
import { ValidationError } from '../../../domain/shared/errors'
import { errorsFromValidation, translateErrors } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { DateField } from '../../../components/DateField'
import { errorMessage } from '../../shared/error-message'

const resolve = schemaResolver(personDetailsSchema, { sync: true })

function detailsOf(person: Person): PersonDetailsInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...details } = person
  return details
}

export function PersonEditForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation()
  const { persons } = useRepositories()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useForm<PersonDetailsInput>({
    mode: 'controlled',
    initialValues: detailsOf(person),
    validate: (values) => translateErrors(resolve(values), t),
  })
  const options = <T extends string>(list: readonly T[], ns: string) =>
    list.map((v) => ({ value: v, label: t(`${ns}.${v}`) }))

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null)
      setSaving(true)
      try {
        await persons.update(person.id, values)
        notifications.show({ color: 'green', message: t('persons.saved') })
        onDone()
      } catch (error) {
        if (error instanceof ValidationError) form.setErrors(errorsFromValidation(error, t))
        else setFailure(errorMessage(error, t))
      } finally {
        setSaving(false)
      }
    },
    () => setFailure(t('persons.fixErrors')),
  )

  const values = form.getValues()
  return (
    <form onSubmit={submit} noValidate autoComplete="off" data-testid="person-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {values.type === 'person' ? (
            <>
              <TextInput label={t('party.name')} withAsterisk {...form.getInputProps('name')} />
              <Select
                label={t('party.gender')}
                data={options(GENDERS, 'gender')}
                allowDeselect={false}
                withAsterisk
                {...form.getInputProps('gender')}
              />
              <TextInput label={t('party.ethnicity')} {...form.getInputProps('ethnicity')} />
              <DateField label={t('party.birthDate')} {...form.getInputProps('birthDate')} />
              <TextInput label={t('party.occupation')} {...form.getInputProps('occupation')} />
              <Select
                label={t('party.idType')}
                data={options(ID_DOCUMENT_TYPES, 'idType')}
                allowDeselect={false}
                {...form.getInputProps('idType')}
              />
              <TextInput label={t('party.idNumber')} {...form.getInputProps('idNumber')} />
              <TextInput label={t('party.phone')} {...form.getInputProps('phone')} />
              <TextInput label={t('party.address')} {...form.getInputProps('address')} />
            </>
          ) : (
            <>
              <TextInput label={t('party.orgName')} withAsterisk {...form.getInputProps('name')} />
              <TextInput label={t('party.creditCode')} withAsterisk {...form.getInputProps('creditCode')} />
              <TextInput
                label={t('party.legalRepresentative')}
                withAsterisk
                {...form.getInputProps('legalRepresentative')}
              />
              <TextInput label={t('party.phone')} {...form.getInputProps('phone')} />
              <TextInput label={t('party.orgAddress')} {...form.getInputProps('address')} />
            </>
          )}
        </SimpleGrid>
        <ErrorAlert message={failure} testId="person-form-failure" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('persons.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
