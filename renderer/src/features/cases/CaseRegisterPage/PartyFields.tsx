/** The fields of one party in the registration form, for a natural person or an organisation. */
import { ActionIcon, Card, Group, Select, SimpleGrid, Text, TextInput, Tooltip } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonMatch } from '../../../data'
import { useRepositories } from '../../shared/services'
import { LinkedPersonBadge } from './LinkedPersonBadge'
import { PartyExtras } from './PartyExtras'
import { PartyMatchAlert } from './PartyMatchAlert'
import type { CaseRegistrationInput } from '../../../domain/cases/case'
import { GENDERS, ID_DOCUMENT_TYPES, PARTY_ROLES } from '../../../domain/cases/catalogues'
import { checkResidentId } from '../../../domain/ids/resident-id'
import { DateField } from '../../../components/DateField'

interface Props {
  form: UseFormReturnType<CaseRegistrationInput>
  index: number
  onRemove?: () => void
}

export function PartyFields({ form, index, onRemove }: Props) {
  const { t } = useTranslation()
  const { persons } = useRepositories()
  const [matches, setMatches] = useState<PersonMatch[]>([])
  const party = form.getValues().parties[index]
  if (!party) return null
  const path = (field: string) => `parties.${index}.${field}`
  const options = <T extends string>(list: readonly T[], ns: string) =>
    list.map((v) => ({ value: v, label: t(`${ns}.${v}`) }))

  /** Has this person been registered before? Asked when an ID number or a phone is entered. */
  const lookUp = () => {
    const p = form.getValues().parties[index]
    if (!p) return
    const idNumber = p.type === 'person' ? p.idNumber : p.creditCode
    void persons.match({ type: p.type, idNumber, name: p.name, phone: p.phone }).then(
      (found) => setMatches(found.filter((m) => m.person.id !== p.personId)),
      () => setMatches([]),
    )
  }
  /** Links the party to the person record and fills in its details; per-case fields stay as entered. */
  const applyMatch = ({ person }: PersonMatch) => {
    const current = form.getValues().parties[index]
    if (!current || current.type !== person.type) return
    const { id: personId, createdAt: _created, updatedAt: _updated, ...details } = person
    form.setFieldValue(`parties.${index}`, { ...current, ...details, personId } as typeof current)
    setMatches([])
  }

  /** A valid resident ID already says the birth date and gender: fill them in. */
  const fillFromResidentId = () => {
    if (party.type !== 'person' || party.idType !== 'resident-id') return
    const r = checkResidentId(party.idNumber ?? '')
    if (!r.valid) return
    form.setFieldValue(path('birthDate'), r.info.birthDate)
    form.setFieldValue(path('gender'), r.info.gender)
  }

  return (
    <Card withBorder padding="md" data-testid={`party-${index}`}>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Text fw={600}>
            {t('caseForm.partyN', { n: index + 1 })} · {t(`party.type.${party.type}`)}
          </Text>
          {party.personId && (
            <LinkedPersonBadge
              index={index}
              onUnlink={() => form.setFieldValue(path('personId'), undefined)}
            />
          )}
        </Group>
        {onRemove && (
          <Tooltip label={t('common.remove')}>
            <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('common.remove')}>
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('party.role')}
          data={options(PARTY_ROLES, 'role')}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps(path('role'))}
        />
        {party.type === 'person' ? (
          <>
            <TextInput label={t('party.name')} withAsterisk {...form.getInputProps(path('name'))} />
            <Select
              label={t('party.gender')}
              data={options(GENDERS, 'gender')}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps(path('gender'))}
            />
            <Select
              label={t('party.idType')}
              data={options(ID_DOCUMENT_TYPES, 'idType')}
              allowDeselect={false}
              {...form.getInputProps(path('idType'))}
            />
            <TextInput
              label={t('party.idNumber')}
              {...form.getInputProps(path('idNumber'))}
              onBlur={(e) => {
                form.getInputProps(path('idNumber')).onBlur?.(e)
                fillFromResidentId()
                lookUp()
              }}
            />
            <DateField label={t('party.birthDate')} {...form.getInputProps(path('birthDate'))} />
            <TextInput label={t('party.ethnicity')} {...form.getInputProps(path('ethnicity'))} />
            <TextInput label={t('party.occupation')} {...form.getInputProps(path('occupation'))} />
            <TextInput label={t('party.phone')} {...form.getInputProps(path('phone'))} onBlur={lookUp} />
            <TextInput
              label={t('party.address')}
              style={{ gridColumn: 'span 3' }}
              {...form.getInputProps(path('address'))}
            />
          </>
        ) : (
          <>
            <TextInput label={t('party.orgName')} withAsterisk {...form.getInputProps(path('name'))} />
            <TextInput
              label={t('party.creditCode')}
              withAsterisk
              {...form.getInputProps(path('creditCode'))}
              onBlur={lookUp}
            />
            <TextInput
              label={t('party.legalRepresentative')}
              withAsterisk
              {...form.getInputProps(path('legalRepresentative'))}
            />
            <TextInput label={t('party.phone')} {...form.getInputProps(path('phone'))} />
            <TextInput
              label={t('party.orgAddress')}
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps(path('address'))}
            />
          </>
        )}
      </SimpleGrid>
      <PartyExtras form={form} index={index} />
      <PartyMatchAlert matches={matches} onUse={applyMatch} onDismiss={() => setMatches([])} />
    </Card>
  )
}
