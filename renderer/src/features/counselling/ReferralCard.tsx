/**
 * On a mediation case: "转介心理服务". Refers one party to a counsellor with the party's consent,
 * passing only name (or alias), contact and reason; afterwards shows that the link exists and
 * where it stands — never anything of the counselling itself.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { IconHeartHandshake } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import type { Case } from '../../domain/cases/case'
import { referralInputSchema, type ReferralStatus } from '../../domain/counselling/referral'
import { formatDate } from '../shared/format'
import { useRepositories, useSession } from '../shared/services'
import { useQuery } from '../shared/use-query'
import { today } from './forms/form-support'
import { useCounsellingForm } from './forms/counselling-form'
import { DateField } from '../../components/DateField'

const STATUS_COLOUR: Record<ReferralStatus, string> = {
  pending: 'yellow',
  accepted: 'teal',
  declined: 'gray',
}

interface Counsellor {
  id: string
  displayName: string
}

function ReferralForm({
  caseData,
  counsellors,
  onDone,
}: {
  caseData: Case
  counsellors: Counsellor[]
  onDone: () => void
}) {
  const { t } = useTranslation()
  const { referrals } = useRepositories()
  const { user } = useSession()
  const { form, frame } = useCounsellingForm({
    testId: 'referral-form',
    signable: false,
    submitLabel: t('counselling.caseCard.submit'),
    schema: referralInputSchema,
    initialValues: () => ({
      partyId: '',
      name: '',
      isAlias: false,
      contact: '',
      reason: '',
      counsellorId: (counsellors.length === 1 ? (counsellors[0]?.id ?? '') : '') as string | null,
      consentGiven: false,
      consentDate: today(),
    }),
    toData: (v) => ({
      data: {
        counsellorId: v.counsellorId ?? '',
        partyId: v.partyId,
        name: v.name,
        isAlias: v.isAlias,
        contact: v.contact,
        reason: v.reason,
        consent: { given: v.consentGiven, date: v.consentDate },
      },
    }),
    save: (data) => referrals.create(caseData.id, data),
    savedMessage: 'counselling.caseCard.done',
    onDone,
  })
  const errors = form.errors
  const pickParty = (id: string | null) => {
    const party = caseData.parties.find((p) => p.id === id)
    form.setFieldValue('partyId', id ?? '')
    if (party) {
      form.setFieldValue('name', party.name)
      form.setFieldValue('contact', party.phone)
    }
  }
  return (
    <FormFrame {...frame} onCancel={onDone}>
      <Alert color="blue" variant="light">
        {t('counselling.caseCard.minimum')}
      </Alert>
      <Select
        label={t('counselling.caseCard.party')}
        data={caseData.parties.map((p) => ({ value: p.id, label: p.name }))}
        value={form.getValues().partyId || null}
        onChange={pickParty}
        clearable
        placeholder={t('counselling.caseCard.partyNone')}
      />
      <Group grow align="start">
        <TextInput label={t('counselling.caseCard.name')} withAsterisk {...form.getInputProps('name')} />
        <TextInput label={t('counselling.caseCard.contact')} {...form.getInputProps('contact')} />
      </Group>
      <Checkbox
        label={t('counselling.caseCard.isAlias')}
        {...form.getInputProps('isAlias', { type: 'checkbox' })}
      />
      <Textarea
        label={t('counselling.caseCard.reason')}
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <Select
        label={t('counselling.caseCard.counsellor')}
        withAsterisk
        allowDeselect={false}
        data={counsellors.map((c) => ({ value: c.id, label: c.displayName }))}
        {...form.getInputProps('counsellorId')}
      />
      <Checkbox
        label={t('counselling.caseCard.consent')}
        {...form.getInputProps('consentGiven', { type: 'checkbox' })}
        error={errors['consent.given']}
      />
      <Group grow align="start">
        <DateField
          label={t('counselling.caseCard.consentDate')}
          withAsterisk
          {...form.getInputProps('consentDate')}
          error={errors['consent.date']}
        />
        <Text size="sm" c="dimmed" pt="lg">
          {t('counselling.caseCard.recordedBy', { name: user.displayName })}
        </Text>
      </Group>
    </FormFrame>
  )
}

export function ReferralCard({ caseData, mayUpdate }: { caseData: Case; mayUpdate: boolean }) {
  const { t } = useTranslation()
  const { referrals, users } = useRepositories()
  const [open, setOpen] = useState(false)
  const result = useQuery(async () => {
    const [links, directory] = await Promise.all([referrals.forCase(caseData.id), users.directory()])
    return { links, directory }
  }, [caseData.id])
  const links = result.data?.links ?? []
  const directory = result.data?.directory ?? []
  const counsellors = directory.filter((u) => u.roles.includes('counsellor') && !u.disabled)
  const nameOf = (id: string) => directory.find((u) => u.id === id)?.displayName ?? ''
  const partyOf = (id: string) => caseData.parties.find((p) => p.id === id)?.name ?? ''

  return (
    <Card withBorder data-testid="referral-card">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('counselling.caseCard.title')}</Title>
        {mayUpdate && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconHeartHandshake size={16} />}
            onClick={() => setOpen(true)}
            disabled={counsellors.length === 0}
            title={counsellors.length === 0 ? t('counselling.caseCard.noCounsellor') : undefined}
          >
            {t('counselling.caseCard.refer')}
          </Button>
        )}
      </Group>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('counselling.caseCard.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {links.map((l) => (
            <Group key={l.id} gap="xs" data-testid="referral-link">
              <Badge color={STATUS_COLOUR[l.status]} variant="light" data-testid="referral-status">
                {t('counselling.caseCard.link', { status: t(`counselling.caseCard.statuses.${l.status}`) })}
              </Badge>
              {l.partyId && <Text size="sm">{partyOf(l.partyId)}</Text>}
              <Text size="sm" c="dimmed">
                {t('counselling.caseCard.to', { name: nameOf(l.counsellorId) })} · {formatDate(l.createdAt)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('counselling.caseCard.refer')} size="lg">
        {open && <ReferralForm caseData={caseData} counsellors={counsellors} onDone={() => setOpen(false)} />}
      </Modal>
    </Card>
  )
}
