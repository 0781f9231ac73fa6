/**
 * Records of administrative sectors: 道路交通事故 — the 事故认定书 and the written application (within
 * 10 days), the day the loss is fixed (from which the 10-day mediation runs), the 调解会通知 (3 days
 * ahead) — and 治安调解's return to the police for 处罚 (治安管理处罚法 Art. 9).
 */
import { Alert, Checkbox, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { LOSS_EVENTS } from '../../domain/cases/records'
import { addDays, today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

function Hint({ children }: { children: string }) {
  return (
    <Alert color="blue" variant="light" py={6}>
      {children}
    </Alert>
  )
}

export function AccidentReportForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<{ receivedAt: string; reportNo: string; appliedAt: string }>({
    kind: 'accident-report',
    caseId: caseData.id,
    initialValues: () => ({ receivedAt: today(), reportNo: '', appliedAt: today() }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Hint>{t('records.accident-report.hint')}</Hint>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField
          label={t('records.accident-report.receivedAt')}
          withAsterisk
          {...form.getInputProps('receivedAt')}
        />
        <TextInput label={t('records.accident-report.reportNo')} {...form.getInputProps('reportNo')} />
        <DateField label={t('records.accident-report.appliedAt')} {...form.getInputProps('appliedAt')} />
      </SimpleGrid>
    </FormFrame>
  )
}

export function LossFixedForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<{ event: string; at: string; note: string }>({
    kind: 'loss-fixed',
    caseId: caseData.id,
    initialValues: () => ({ event: '', at: today(), note: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Hint>{t('records.loss-fixed.hint')}</Hint>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('records.loss-fixed.event')}
          data={LOSS_EVENTS.map((e) => ({ value: e, label: t(`records.loss-fixed.events.${e}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('event')}
        />
        <DateField label={t('records.loss-fixed.at')} withAsterisk {...form.getInputProps('at')} />
      </SimpleGrid>
      <Textarea label={t('records.loss-fixed.note')} autosize minRows={1} {...form.getInputProps('note')} />
    </FormFrame>
  )
}

const NOTICE_METHODS = ['written', 'phone', 'in-person'] as const

export function SessionNoticeForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<{
    sessionDate: string
    place: string
    notifiedAt: string
    method: string
  }>({
    kind: 'session-notice',
    caseId: caseData.id,
    initialValues: () => ({
      sessionDate: addDays(today(), 4),
      place: '',
      notifiedAt: today(),
      method: 'phone',
    }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Hint>{t('records.session-notice.hint')}</Hint>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={t('records.session-notice.sessionDate')}
          withAsterisk
          {...form.getInputProps('sessionDate')}
        />
        <TextInput label={t('records.session-notice.place')} withAsterisk {...form.getInputProps('place')} />
        <DateField
          label={t('records.session-notice.notifiedAt')}
          description={t('records.session-notice.notYet')}
          {...form.getInputProps('notifiedAt')}
        />
        <Select
          label={t('records.session-notice.method')}
          data={NOTICE_METHODS.map((m) => ({ value: m, label: t(`records.session-notice.methods.${m}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('method')}
        />
      </SimpleGrid>
    </FormFrame>
  )
}

export function PoliceReturnForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const agreed = caseData.outcome === 'agreed'
  const { form, frame } = useRecordForm<{
    at: string
    reason: string
    litigationTold: boolean
    note: string
  }>({
    kind: 'police-return',
    caseId: caseData.id,
    initialValues: () => ({
      at: today(),
      reason: agreed ? 'not-performed' : 'no-agreement',
      litigationTold: true,
      note: '',
    }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Hint>{t('records.police-return.hint')}</Hint>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField label={t('records.police-return.at')} withAsterisk {...form.getInputProps('at')} />
        <Select
          label={t('records.police-return.reason')}
          data={(['no-agreement', 'not-performed'] as const).map((r) => ({
            value: r,
            label: t(`records.police-return.reasons.${r}`),
          }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('reason')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('records.police-return.litigationTold')}
        {...form.getInputProps('litigationTold', { type: 'checkbox' })}
      />
      <Textarea
        label={t('records.police-return.note')}
        autosize
        minRows={1}
        {...form.getInputProps('note')}
      />
    </FormFrame>
  )
}
