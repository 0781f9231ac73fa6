/** A counselling record, readable: labelled fields per kind, long text keeping its line breaks. */
import { Badge, Image, SimpleGrid, Stack, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CounsellingRecord, Signature } from '../../../domain/counselling/records'

interface Item {
  label: string
  value: ReactNode
  long?: boolean
}

const localTime = (v: string) => v.replace('T', ' ')
const DEGREE_COLOUR = { none: 'gray', low: 'green', medium: 'orange', high: 'red' } as const

function SignatureView({ value, alt }: { value: Signature | null; alt: string }) {
  if (!value) return null
  if (value.method === 'typed') return <Text fw={500}>{value.name}</Text>
  return <Image src={value.image} alt={alt} h={60} w="auto" fit="contain" />
}

function items(record: CounsellingRecord, t: TFunction): Item[] {
  const L = (section: string, field: string) => t(`counselling.${section}.${field}`)
  const degree = (d: keyof typeof DEGREE_COLOUR) => (
    <Badge color={DEGREE_COLOUR[d]} variant="light">
      {t(`counselling.risk.degrees.${d}`)}
    </Badge>
  )
  switch (record.kind) {
    case 'consent': {
      const d = record.data
      return [
        { label: L('consent', 'date'), value: d.date },
        {
          label: L('consent', 'signer'),
          value: `${t(`counselling.consent.signers.${d.signer}`)} ${d.signerName}`,
        },
        {
          label: L('consent', 'signature'),
          value: <SignatureView value={d.signature} alt={L('consent', 'signature')} />,
        },
        {
          label: L('consent', 'recording'),
          value: (
            <Stack gap={2}>
              <Text size="sm">
                {t(
                  d.recording.consented
                    ? 'counselling.consent.recordingYes'
                    : 'counselling.consent.recordingNo',
                )}
              </Text>
              <SignatureView value={d.recording.signature} alt={L('consent', 'recordingSignature')} />
            </Stack>
          ),
        },
        {
          label: t('counselling.consent.version', {
            version: d.textVersion,
            language: t(`counselling.consent.languages.${d.language}`),
          }),
          value: t('counselling.consent.hash', { hash: d.textHash.slice(0, 16) }),
          long: true,
        },
      ]
    }
    case 'intake': {
      const d = record.data
      return [
        { label: L('intake', 'date'), value: d.date },
        ...(['presentingConcern', 'background', 'supports', 'goals'] as const).map((f) => ({
          label: L('intake', f),
          value: d[f],
          long: true,
        })),
      ]
    }
    case 'session': {
      const d = record.data
      return [
        { label: L('session', 'at'), value: localTime(d.at) },
        { label: L('session', 'durationMinutes'), value: d.durationMinutes },
        { label: L('session', 'mode'), value: t(`counselling.session.modes.${d.mode}`) },
        ...(['presentingConcern', 'interventions', 'clientResponse', 'plan', 'freeText'] as const).map(
          (f) => ({
            label: L('session', f),
            value: d[f],
            long: true,
          }),
        ),
      ]
    }
    case 'risk': {
      const d = record.data
      return [
        { label: L('risk', 'date'), value: d.date },
        { label: L('risk', 'selfHarm'), value: degree(d.selfHarm) },
        { label: L('risk', 'harmOthers'), value: degree(d.harmOthers) },
        { label: L('risk', 'overall'), value: degree(d.overall) },
        { label: L('risk', 'factors'), value: d.factors, long: true },
        { label: L('risk', 'protective'), value: d.protective, long: true },
        { label: L('risk', 'safetyPlan'), value: d.safetyPlan, long: true },
      ]
    }
    case 'referral': {
      const d = record.data
      return [
        { label: L('referralOut', 'date'), value: d.date },
        { label: L('referralOut', 'to'), value: d.to },
        { label: L('referralOut', 'clientAgreed'), value: d.clientAgreed ? '✓' : '—' },
        { label: L('referralOut', 'reason'), value: d.reason, long: true },
        { label: L('referralOut', 'shared'), value: d.shared, long: true },
      ]
    }
    case 'closing': {
      const d = record.data
      return [
        { label: L('closing', 'date'), value: d.date },
        { label: L('closing', 'sessions'), value: d.sessions },
        { label: L('closing', 'outcome'), value: t(`counselling.closing.outcomes.${d.outcome}`) },
        { label: L('closing', 'summary'), value: d.summary, long: true },
        { label: L('closing', 'followUp'), value: d.followUp, long: true },
      ]
    }
    case 'exception': {
      const d = record.data
      return [
        { label: L('exception', 'ground'), value: t(`counselling.exception.grounds.${d.ground}`) },
        { label: L('exception', 'recipient'), value: d.recipient },
        { label: L('exception', 'disclosedAt'), value: localTime(d.disclosedAt) },
        { label: L('exception', 'disclosedBy'), value: d.disclosedBy },
        { label: L('exception', 'clientInformed'), value: d.clientInformed ? '✓' : '—' },
        { label: L('exception', 'disclosed'), value: d.disclosed, long: true },
        { label: L('exception', 'basis'), value: d.basis, long: true },
      ]
    }
    case 'addendum': {
      const d = record.data
      return [
        { label: L('addendumForm', 'reason'), value: d.reason },
        { label: L('addendumForm', 'text'), value: d.text, long: true },
      ]
    }
  }
}

export function RecordView({ record }: { record: CounsellingRecord }) {
  const { t } = useTranslation()
  const all = items(record, t).filter((i) => i.value !== '' && i.value !== null && i.value !== undefined)
  const short = all.filter((i) => !i.long)
  const long = all.filter((i) => i.long)
  return (
    <Stack gap="xs" data-testid={`counselling-record-${record.kind}-body`}>
      {short.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing={4}>
          {short.map((i) => (
            <div key={i.label}>
              <Text size="xs" c="dimmed">
                {i.label}
              </Text>
              <div>
                {typeof i.value === 'string' || typeof i.value === 'number' ? (
                  <Text size="sm">{i.value}</Text>
                ) : (
                  i.value
                )}
              </div>
            </div>
          ))}
        </SimpleGrid>
      )}
      {long.map((i) => (
        <div key={i.label}>
          <Text size="xs" c="dimmed">
            {i.label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {i.value}
          </Text>
        </div>
      ))}
    </Stack>
  )
}
