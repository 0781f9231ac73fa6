/**
 * A person's 委托代理人 (with 授权委托书) and 法定代理人 (监护人: for a minor under 18 — unless a 16–17-year-old
 * living on their own income — or someone lacking capacity; for a child under 14 with the consent to
 * processing the child's data).
 */
import { Checkbox, Group, SimpleGrid, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CaseRegistrationInput } from '../../../domain/cases/case'

interface Props {
  form: UseFormReturnType<CaseRegistrationInput>
  index: number
}

export function PartyExtras({ form, index }: Props) {
  const { t } = useTranslation()
  const party = form.getValues().parties[index]
  if (!party || party.type !== 'person') return null
  const path = (f: string) => `parties.${index}.${f}`
  const guardianError = form.errors[path('guardian')]
  return (
    <>
      <Group mt="sm" gap="lg">
        <Checkbox
          label={t('partyExtras.hasAgent')}
          checked={Boolean(party.agent)}
          onChange={(e) =>
            form.setFieldValue(
              path('agent'),
              e.currentTarget.checked ? { name: '', phone: '', idNumber: '', powerOfAttorney: false } : null,
            )
          }
        />
        <Checkbox
          label={t('partyExtras.hasGuardian')}
          checked={Boolean(party.guardian)}
          error={typeof guardianError === 'string' ? guardianError : undefined}
          onChange={(e) =>
            form.setFieldValue(
              path('guardian'),
              e.currentTarget.checked
                ? { name: '', relation: '', phone: '', consentToProcessing: false }
                : null,
            )
          }
        />
        <Checkbox
          label={t('partyExtras.lacksCapacity')}
          {...form.getInputProps(path('lacksCapacity'), { type: 'checkbox' })}
        />
        <Checkbox
          label={t('partyExtras.selfSupporting')}
          {...form.getInputProps(path('selfSupporting'), { type: 'checkbox' })}
        />
      </Group>
      {party.agent && (
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" mt="xs">
          <TextInput
            label={t('partyExtras.agentName')}
            withAsterisk
            {...form.getInputProps(path('agent.name'))}
          />
          <TextInput label={t('partyExtras.agentPhone')} {...form.getInputProps(path('agent.phone'))} />
          <TextInput label={t('partyExtras.agentId')} {...form.getInputProps(path('agent.idNumber'))} />
          <Checkbox
            mt="xl"
            label={t('partyExtras.powerOfAttorney')}
            {...form.getInputProps(path('agent.powerOfAttorney'), { type: 'checkbox' })}
          />
        </SimpleGrid>
      )}
      {party.guardian && (
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" mt="xs">
          <TextInput
            label={t('partyExtras.guardianName')}
            withAsterisk
            {...form.getInputProps(path('guardian.name'))}
          />
          <TextInput
            label={t('partyExtras.guardianRelation')}
            withAsterisk
            {...form.getInputProps(path('guardian.relation'))}
          />
          <TextInput label={t('partyExtras.guardianPhone')} {...form.getInputProps(path('guardian.phone'))} />
          <Checkbox
            label={t('partyExtras.guardianConsent')}
            {...form.getInputProps(path('guardian.consentToProcessing'), { type: 'checkbox' })}
          />
        </SimpleGrid>
      )}
    </>
  )
}
