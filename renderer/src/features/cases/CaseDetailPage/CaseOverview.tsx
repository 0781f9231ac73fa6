/** A case's registration: basics, facts, requests and parties. */
import { Anchor, Card, SimpleGrid, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Case } from '../../../domain/cases/case'
import type { Party } from '../../../domain/cases/party'
import { formatDateTime } from '../../shared/format'

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

function PartyRow({ party }: { party: Party }) {
  const { t } = useTranslation()
  const id =
    party.type === 'person'
      ? party.idNumber && `${t(`idType.${party.idType}`)} ${party.idNumber}`
      : `${t('party.creditCode')} ${party.creditCode}`
  const extra =
    party.type === 'person'
      ? [
          t(`gender.${party.gender}`),
          party.ethnicity,
          party.birthDate,
          party.occupation,
          party.agent &&
            t('partyExtras.agent', {
              name: party.agent.name,
              poa: party.agent.powerOfAttorney ? t('partyExtras.poa') : '',
            }),
          party.guardian &&
            t('partyExtras.guardian', { name: party.guardian.name, relation: party.guardian.relation }),
        ]
      : [`${t('party.legalRepresentative')} ${party.legalRepresentative}`]
  return (
    <Table.Tr>
      <Table.Td>{t(`role.${party.role}`)}</Table.Td>
      <Table.Td fw={600}>
        {/* The party as registered; their person record (current details, other cases) is one click away. */}
        {party.personId ? (
          <Anchor component={Link} to={`/persons/${party.personId}`} fw={600}>
            {party.name}
          </Anchor>
        ) : (
          party.name
        )}
      </Table.Td>
      <Table.Td>{extra.filter(Boolean).join('，')}</Table.Td>
      <Table.Td>{id}</Table.Td>
      <Table.Td>{party.phone}</Table.Td>
      <Table.Td>{party.address}</Table.Td>
    </Table.Tr>
  )
}

interface OverviewProps {
  caseData: Case
  /** The lead's name, or every mediator's (the lead marked) when the case has co-mediators. */
  mediatorName: string
  /** The local sub-type's label (retired ones too), '' when none. */
  subtype: string
}

export function CaseOverview({ caseData: c, mediatorName, subtype }: OverviewProps) {
  const { t } = useTranslation()
  return (
    <>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('caseDetail.basics')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Field
            label={t('caseDetail.kind')}
            value={`${t(`kind.${c.kind}`)}${c.sector ? ` · ${t(`sector.${c.sector}`)}` : ''}`}
          />
          <Field label={t('caseDetail.source')} value={t(`source.${c.source}`)} />
          <Field
            label={t('caseDetail.disputeType')}
            value={`${t(`disputeType.${c.disputeType}`)}${subtype ? ` · ${subtype}` : ''}`}
          />
          {c.procedure && (
            <Field
              label={t('records.court-referral.procedure')}
              value={t(`records.court-referral.procedures.${c.procedure}`)}
            />
          )}
          {c.kind.startsWith('court-') && (
            <Field
              label={t('records.court-referral.deadline')}
              value={c.courtDeadline || t('records.court-referral.noDeadline')}
            />
          )}
          <Field
            label={c.coMediatorIds.length ? t('records.co-mediators.mediators') : t('workflow.mediator')}
            value={mediatorName}
          />
          <Field label={t('caseDetail.createdAt')} value={formatDateTime(c.createdAt)} />
          <Field label={t('caseDetail.updatedAt')} value={formatDateTime(c.updatedAt)} />
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('caseDetail.facts')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="case-facts">
          {c.facts}
        </Text>
        <Title order={4} mt="md" mb="xs">
          {t('caseDetail.requests')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.requests}</Text>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('caseDetail.parties')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('party.role')}</Table.Th>
              <Table.Th>{t('party.name')}</Table.Th>
              <Table.Th>{t('caseDetail.partyDetails')}</Table.Th>
              <Table.Th>{t('caseDetail.partyId')}</Table.Th>
              <Table.Th>{t('party.phone')}</Table.Th>
              <Table.Th>{t('party.address')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.parties.map((p) => (
              <PartyRow key={p.id} party={p} />
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </>
  )
}
