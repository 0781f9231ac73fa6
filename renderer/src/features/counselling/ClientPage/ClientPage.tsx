/**
 * One client's file: who (name or alias, contact, where they came from), whether on the watch
 * list, and every record in order, with its addenda. Notes are written, signed and corrected here;
 * exceptions are recorded and printed from here.
 */
import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconEye, IconUserEdit } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { CreatableKind } from '../../../domain/counselling/catalogues'
import { nextFollowUp } from '../../../domain/counselling/client'
import type { CounsellingRecord } from '../../../domain/counselling/records'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { counsellingErrorMessage } from '../counselling-messages'
import { AddendumForm } from '../forms/AddendumForm'
import { ClientForm } from '../forms/ClientForm'
import { ClosingForm } from '../forms/ClosingForm'
import { ConsentForm } from '../forms/ConsentForm'
import { ExceptionForm } from '../forms/ExceptionForm'
import { IntakeForm } from '../forms/IntakeForm'
import { ReferralOutForm } from '../forms/ReferralOutForm'
import { RiskForm } from '../forms/RiskForm'
import { SessionNoteForm } from '../forms/SessionNoteForm'
import { WatchForm } from '../forms/WatchForm'
import { AddRecordMenu } from './AddRecordMenu'
import { RecordCard } from './RecordCard'

type Open =
  | { form: CreatableKind; record?: CounsellingRecord }
  | { form: 'addendum'; recordId: string }
  | { form: 'watch' }
  | { form: 'client' }
  | { form: 'sign'; record: CounsellingRecord }

export function ClientPage() {
  const { t } = useTranslation()
  const { clientId = '' } = useParams()
  const { counselling } = useRepositories()
  const result = useQuery(() => counselling.getClient(clientId), [clientId])
  const [open, setOpen] = useState<Open | null>(null)
  const [signing, setSigning] = useState(false)
  // From a high risk assessment: the exception opens over it, so the assessment being typed is kept.
  const [exceptionOver, setExceptionOver] = useState(false)
  const close = () => setOpen(null)

  if (result.status === 'loading') return <Loader aria-label={t('common.loading')} />
  if (result.status === 'error') {
    return (result.error as { code?: string }).code === 'not-found' ? (
      <Alert color="yellow">{t('counselling.notFound')}</Alert>
    ) : (
      <QueryErrorAlert error={result.error} />
    )
  }
  const { client, records } = result.data
  const main = records.filter((r) => r.kind !== 'addendum')
  const addendaOf = (id: string) => records.filter((r) => r.kind === 'addendum' && r.addendumTo === id)
  const sessions = records.filter((r) => r.kind === 'session').length
  const closed = client.status === 'closed'
  const next = nextFollowUp(client.watch)

  const sign = async (record: CounsellingRecord) => {
    setSigning(true)
    try {
      await counselling.signRecord(record.id)
      notifications.show({ color: 'green', message: t('counselling.signedDone') })
      close()
    } catch (error) {
      notifications.show({ color: 'red', message: counsellingErrorMessage(error, t) })
    } finally {
      setSigning(false)
    }
  }

  const props = (record?: CounsellingRecord) => ({ clientId, record, onDone: close, onCancel: close })
  const formOf = (o: Open) => {
    switch (o.form) {
      case 'consent':
        return <ConsentForm {...props()} />
      case 'intake':
        return <IntakeForm {...props(o.record)} />
      case 'session':
        return <SessionNoteForm {...props(o.record)} />
      case 'risk':
        return <RiskForm {...props(o.record)} onStartException={() => setExceptionOver(true)} />
      case 'referral':
        return <ReferralOutForm {...props(o.record)} />
      case 'closing':
        return <ClosingForm {...props(o.record)} sessions={sessions} />
      case 'exception':
        return <ExceptionForm {...props()} />
      case 'addendum':
        return <AddendumForm recordId={o.recordId} onDone={close} onCancel={close} />
      case 'watch':
        return <WatchForm client={client} onDone={close} onCancel={close} />
      case 'client':
        return <ClientForm client={client} onDone={close} onCancel={close} />
      case 'sign':
        return (
          <Stack>
            <Text>{t('counselling.signConfirm')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('counselling.cancel')}
              </Button>
              <Button loading={signing} onClick={() => void sign(o.record)} data-testid="confirm-sign">
                {t('counselling.sign')}
              </Button>
            </Group>
          </Stack>
        )
    }
  }
  const title = (o: Open) =>
    o.form === 'watch'
      ? t('counselling.watchForm.title')
      : o.form === 'client'
        ? t('counselling.editClient')
        : o.form === 'sign'
          ? t('counselling.sign')
          : t(`counselling.kinds.${o.form}`)

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/counselling" size="sm">
        ← {t('counselling.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="client-name">
              {client.name}
            </Title>
            {client.isAlias && <Badge variant="outline">{t('counselling.alias')}</Badge>}
            <Badge color={closed ? 'gray' : 'teal'} variant="light" data-testid="client-status">
              {t(closed ? 'counselling.closed' : 'counselling.open')}
            </Badge>
            {client.watch.flagged && (
              <Badge color="red" leftSection={<IconEye size={12} />} data-testid="client-watch">
                {t('counselling.watch')}
              </Badge>
            )}
          </Group>
          {client.contact && <Text size="sm">{`${t('counselling.contact')}：${client.contact}`}</Text>}
          {client.origin && (
            <Text size="sm" c="dimmed" data-testid="client-origin">
              {t('counselling.fromCase', { caseNo: client.origin.caseNo })} ·{' '}
              {t('counselling.referralReason', { reason: client.origin.reason })}
            </Text>
          )}
          {next && <Text size="sm">{t('counselling.nextFollowUp', { date: next })}</Text>}
          {closed && (
            <Text size="sm" c="dimmed">
              {t('counselling.retainUntil', { date: client.retainUntil })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconEye size={16} />}
            onClick={() => setOpen({ form: 'watch' })}
          >
            {t('counselling.watch')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconUserEdit size={16} />}
            onClick={() => setOpen({ form: 'client' })}
          >
            {t('counselling.editClient')}
          </Button>
          <AddRecordMenu closed={closed} onPick={(form) => setOpen({ form })} />
        </Group>
      </Group>

      <Title order={4}>{t('counselling.timeline')}</Title>
      {main.length === 0 ? (
        <Text c="dimmed">{t('counselling.noRecords')}</Text>
      ) : (
        main.map((r) => (
          <RecordCard
            key={r.id}
            record={r}
            addenda={addendaOf(r.id)}
            onEdit={() => setOpen({ form: r.kind, record: r })}
            onSign={() => setOpen({ form: 'sign', record: r })}
            onAddendum={() => setOpen({ form: 'addendum', recordId: r.id })}
          />
        ))
      )}

      <Modal opened={open !== null} onClose={close} size="xl" title={open ? title(open) : ''}>
        {open && formOf(open)}
      </Modal>
      <Modal
        opened={exceptionOver}
        onClose={() => setExceptionOver(false)}
        size="xl"
        zIndex={300}
        title={t('counselling.kinds.exception')}
      >
        {exceptionOver && (
          <ExceptionForm
            clientId={clientId}
            onDone={() => setExceptionOver(false)}
            onCancel={() => setExceptionOver(false)}
          />
        )}
      </Modal>
    </Stack>
  )
}
