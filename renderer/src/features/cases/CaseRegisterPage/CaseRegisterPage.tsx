/** Registering a case of any kind: kind (and sector or court letter), source, dispute type, facts, requests, parties. */
import { Button, Card, Group, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconBuilding, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { caseRegistrationSchema, type CaseRegistrationInput } from '../../../domain/cases/case'
import { CASE_SOURCES } from '../../../domain/cases/catalogues'
import { ValidationError } from '../../../domain/shared/errors'
import { errorsFromValidation, translateErrors } from '../../shared/form-errors'
import { useRepositories } from '../../shared/services'
import { newOrganisation, newPerson } from './new-party'
import { DisputeTypeSelect } from './DisputeTypeSelect'
import { KindFields } from './KindFields'
import { PartyFields } from './PartyFields'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../shared/error-message'

const resolve = schemaResolver(caseRegistrationSchema, { sync: true })

export function CaseRegisterPage() {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const navigate = useNavigate()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const form = useForm<CaseRegistrationInput>({
    mode: 'controlled',
    initialValues: {
      kind: 'people',
      sector: null,
      courtReferral: null,
      source: 'party-application',
      disputeType: 'neighbourhood',
      disputeSubtype: '',
      facts: '',
      requests: '',
      parties: [newPerson('applicant'), newPerson('respondent')],
    },
    validate: (values) => translateErrors(resolve(values), t),
  })

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null)
      setSaving(true)
      try {
        const created = await cases.register(values)
        notifications.show({ color: 'green', message: t('cases.registered', { caseNo: created.caseNo }) })
        void navigate(`/cases/${created.id}`)
      } catch (error) {
        if (error instanceof ValidationError) form.setErrors(errorsFromValidation(error, t))
        else setFailure(errorMessage(error, t))
      } finally {
        setSaving(false)
      }
    },
    () => setFailure(t('caseForm.fixErrors')),
  )

  const parties = form.getValues().parties
  const partiesError = form.errors.parties

  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <Stack gap="md">
        <Title order={2}>{t('caseForm.title')}</Title>
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('caseForm.basics')}
          </Title>
          <KindFields form={form} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            <Select
              label={t('caseForm.source')}
              data={CASE_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('source')}
            />
            <DisputeTypeSelect form={form} />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('caseForm.facts')}
            description={t('caseForm.factsHint')}
            autosize
            minRows={3}
            withAsterisk
            {...form.getInputProps('facts')}
          />
          <Textarea
            mt="sm"
            label={t('caseForm.requests')}
            description={t('caseForm.requestsHint')}
            autosize
            minRows={2}
            withAsterisk
            {...form.getInputProps('requests')}
          />
        </Card>

        <Title order={4}>{t('caseForm.parties')}</Title>
        <ErrorAlert message={typeof partiesError === 'string' && partiesError} testId="parties-error" />
        {parties.map((p, index) => (
          <PartyFields
            key={p.id}
            form={form}
            index={index}
            onRemove={parties.length > 2 ? () => form.removeListItem('parties', index) : undefined}
          />
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconUserPlus size={18} />}
            onClick={() => form.insertListItem('parties', newPerson('third-party'))}
          >
            {t('caseForm.addPerson')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconBuilding size={18} />}
            onClick={() => form.insertListItem('parties', newOrganisation('respondent'))}
          >
            {t('caseForm.addOrganisation')}
          </Button>
        </Group>

        <ErrorAlert message={failure} testId="form-failure" />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('caseForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
