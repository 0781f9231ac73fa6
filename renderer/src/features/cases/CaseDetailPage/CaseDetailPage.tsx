/** One case: its overview, facts, requests and parties. */
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Party } from '../../../domain/cases/party'
import { formatDateTime } from '../../shared/format'
import { QueryErrorAlert } from '../../shared/QueryErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

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
      ? [t(`gender.${party.gender}`), party.ethnicity, party.birthDate, party.occupation]
      : [`${t('party.legalRepresentative')} ${party.legalRepresentative}`]
  return (
    <Table.Tr>
      <Table.Td>{t(`role.${party.role}`)}</Table.Td>
      <Table.Td fw={600}>{party.name}</Table.Td>
      <Table.Td>{extra.filter(Boolean).join('，')}</Table.Td>
      <Table.Td>{id}</Table.Td>
      <Table.Td>{party.phone}</Table.Td>
      <Table.Td>{party.address}</Table.Td>
    </Table.Tr>
  )
}

export function CaseDetailPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const { cases } = useRepositories()
  const result = useQuery(() => cases.get(id), [id])

  if (result.status === 'loading') return <Loader aria-label={t('common.loading')} />
  if (result.status === 'error') return <QueryErrorAlert error={result.error} />
  const c = result.data
  if (!c) return <Alert color="yellow">{t('cases.notFound')}</Alert>

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/cases" size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2} data-testid="case-number">
          {c.caseNo}
        </Title>
        <Badge size="lg" variant="light">
          {t(`status.${c.status}`)}
        </Badge>
      </Group>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('caseDetail.basics')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Field label={t('caseDetail.kind')} value={t(`kind.${c.kind}`)} />
          <Field label={t('caseDetail.source')} value={t(`source.${c.source}`)} />
          <Field label={t('caseDetail.disputeType')} value={t(`disputeType.${c.disputeType}`)} />
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
    </Stack>
  )
}
