/**
 * 调解记录 (笔录), built for typing fast: fields in the order a session runs, one statement box
 * per party ready from the start, Ctrl+Enter saves, and the text is kept as a draft while typed.
 */
import { Fieldset, Group, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { useSession } from '../shared/services'
import { nowLocal } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateTimeField } from '../../components/DateField'

interface Values {
  at: string
  place: string
  participants: string
  statements: { partyId: string; text: string }[]
  mediatorPoints: string
  outcome: string
  notes: string
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
      participants: [...caseData.parties.map((p) => p.name), user.displayName].join('、'),
      statements: caseData.parties.map((p) => ({ partyId: p.id, text: '' })),
      mediatorPoints: '',
      outcome: '',
      notes: '',
    }),
    draft: {
      name: `session:${caseData.id}`,
      // A party added since the draft was written gets its own (empty) statement.
      reconcile: (v) => ({
        ...v,
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
    </FormFrame>
  )
}
