/**
 * One person record: their details (editable by those who may edit cases) and the cases they are
 * in. Cases keep each party as registered; this page is where the person's current details live.
 */
import { Alert, Anchor, Badge, Group, Loader, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { PersonCases } from './PersonCases'
import { PersonDetailsCard } from './PersonDetailsCard'

export function PersonPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const { persons } = useRepositories()
  const result = useQuery(async () => {
    const person = await persons.get(id)
    if (!person) return null
    return { person, cases: await persons.casesOf(id) }
  }, [id])

  if (result.status === 'loading') return <Loader aria-label={t('common.loading')} />
  if (result.status === 'error') return <QueryErrorAlert error={result.error} />
  if (!result.data) return <Alert color="yellow">{t('persons.notFound')}</Alert>
  const { person, cases } = result.data

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/cases" size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={2} data-testid="person-name">
          {person.name}
        </Title>
        <Badge variant="outline">{t(`party.type.${person.type}`)}</Badge>
        <Badge variant="light">{t('persons.title')}</Badge>
      </Group>
      <PersonDetailsCard person={person} />
      <PersonCases cases={cases} />
    </Stack>
  )
}
