/**
 * 调解记录 (笔录), built for typing fast: fields in the order a session runs, one statement box
 * per party ready from the start, Ctrl+Enter saves, and the text is kept as a draft while typed.
 */
import { Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { useSession } from '../shared/services'
import { nowLocal, partyOptions } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateTimeField } from '../../components/DateField'
import { RecorderSelect } from './RecorderSelect'

interface Values {
  at: string
  place: string
  participants: string
  statements: { partyId: string; text: string }[]
  mediatorPoints: string
  outcome: string
  notes: string
  cause: string
  presentPartyIds: string[]
  recorderId: string
}

const OUTCOMES = ['agreed', 'partial', 'none', 'adjourned'] as const

export function SessionForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { user } = useSession()
  const { form, frame } = useRecordForm<Values>({
    kind: 'session',
    caseId: caseData.id,
    initialValues: () => ({
      at: nowLocal(),
      place: '',
      // The parties present are ticked apart; `participants` names everyone else (the mediator first).
      participants: user.displayName,
      presentPartyIds: caseData.parties.map((p) => p.id),
      statements: caseData.parties.map((p) => ({ partyId: p.id, text: '' })),
      mediatorPoints: '',
      outcome: '',
      notes: '',
      cause: '',
      recorderId: '',
    }),
    draft: {
      name: `session:${caseData.id}`,
      // A party added since the draft was written gets its own (empty) statement.
      reconcile: (v) => ({
        ...v,
        // A party no longer on the case is no longer present.
        presentPartyIds: (v.presentPartyIds ?? []).filter((id) => caseData.parties.some((p) => p.id === id)),
        statements: caseData.parties.map(
          (p) => v.statements.find((s) => s.partyId === p.id) ?? { partyId: p.id, text: '' },
        ),
      }),
    },
    onDone,
  })
  const statements = form.getValues().statements

  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateTimeField label={t('records.session.at')} withAsterisk {...form.getInputProps('at')} />
        <TextInput
          label={t('records.session.place')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('place')}
        />
        <TextInput
          label={t('records.session.participants')}
          withAsterisk
          {...form.getInputProps('participants')}
        />
      </SimpleGrid>
      <TextInput
        label={t('records.session.cause')}
        description={t('records.session.causeHint')}
        {...form.getInputProps('cause')}
      />
      <Checkbox.Group label={t('records.session.presentParties')} {...form.getInputProps('presentPartyIds')}>
        <Group mt={4}>
          {partyOptions(caseData).map((p) => (
            <Checkbox key={p.value} value={p.value} label={p.label} />
          ))}
          {caseData.parties.length === 0 && <Text c="dimmed">{t('records.noParties')}</Text>}
        </Group>
      </Checkbox.Group>
      <Fieldset legend={t('records.session.statements')} variant="unstyled">
        <Stack gap="sm">
          {statements.map((s, index) => {
            const party = caseData.parties.find((p) => p.id === s.partyId)
            const name = party ? `${t(`role.${party.role}`)} ${party.name}` : ''
            return (
              <Textarea
                key={s.partyId}
                label={t('records.session.statementOf', { name })}
                autosize
                minRows={3}
                data-testid={`statement-${index}`}
                {...form.getInputProps(`statements.${index}.text`)}
              />
            )
          })}
        </Stack>
      </Fieldset>
      <Textarea
        label={t('records.session.mediatorPoints')}
        autosize
        minRows={2}
        {...form.getInputProps('mediatorPoints')}
      />
      <Radio.Group label={t('records.session.outcome')} withAsterisk {...form.getInputProps('outcome')}>
        <Group mt={4}>
          {OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={t(`records.session.outcomes.${o}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea label={t('records.session.notes')} autosize minRows={1} {...form.getInputProps('notes')} />
      <RecorderSelect
        value={form.getValues().recorderId}
        onChange={(v) => form.setFieldValue('recorderId', v)}
        error={form.errors.recorderId}
      />
    </FormFrame>
  )
}
