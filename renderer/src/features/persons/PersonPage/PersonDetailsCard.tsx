/** A person's details as they stand now, and — for those who may edit cases — the form to change them. */
import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core'
import { IconEdit } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../domain/cases/person'
import { formatDateTime } from '../../shared/format'
import { useCan } from '../../shared/services'
import { PersonEditForm } from './PersonEditForm'

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  )
}

function PersonFields({ person: p }: { person: Person }) {
  const { t } = useTranslation()
  const common = [
    { label: t('party.phone'), value: p.phone },
    { label: t(p.type === 'person' ? 'party.address' : 'party.orgAddress'), value: p.address },
  ]
  const fields =
    p.type === 'person'
      ? [
          { label: t('party.name'), value: p.name },
          { label: t('party.gender'), value: t(`gender.${p.gender}`) },
          { label: t('party.ethnicity'), value: p.ethnicity },
          { label: t('party.birthDate'), value: p.birthDate },
          { label: t('party.occupation'), value: p.occupation },
          { label: t('party.idType'), value: t(`idType.${p.idType}`) },
          { label: t('party.idNumber'), value: p.idNumber },
          ...common,
        ]
      : [
          { label: t('party.orgName'), value: p.name },
          { label: t('party.creditCode'), value: p.creditCode },
          { label: t('party.legalRepresentative'), value: p.legalRepresentative },
          ...common,
        ]
  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm" data-testid="person-details">
      {fields.map((f) => (
        <Field key={f.label} {...f} />
      ))}
      <Field label={t('persons.createdAt')} value={formatDateTime(p.createdAt)} />
      <Field label={t('persons.updatedAt')} value={formatDateTime(p.updatedAt)} />
    </SimpleGrid>
  )
}

export function PersonDetailsCard({ person }: { person: Person }) {
  const { t } = useTranslation()
  const mayEdit = useCan('case:update')
  const [editing, setEditing] = useState(false)
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('persons.details')}</Title>
        {mayEdit && !editing && (
          <Button variant="light" leftSection={<IconEdit size={18} />} onClick={() => setEditing(true)}>
            {t('persons.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <PersonEditForm person={person} onDone={() => setEditing(false)} />
      ) : (
        <PersonFields person={person} />
      )}
      <Text size="sm" c="dimmed" mt="sm">
        {t('persons.snapshotNote')}
      </Text>
    </Card>
  )
}
