/**
 * 知情同意: the current consent text shown in full, signed on screen by the client (or a guardian),
 * and — separately, with its own signature — whether recording is agreed. Final once saved; the
 * repository stores the text's version and the hash of its exact words.
 */
import { Checkbox, Paper, Radio, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { CONSENT_SIGNERS } from '../../../domain/counselling/catalogues'
import {
  consentText,
  CURRENT_CONSENT_VERSION,
  type ConsentLanguage,
} from '../../../domain/counselling/consent-texts'
import { consentInputSchema, type Signature } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { today, type CounsellingFormProps } from './form-support'
import { SignatureField } from './SignatureField'
import { useCounsellingForm } from './counselling-form'
import { DateField } from '../../../components/DateField'

interface Values {
  date: string
  signer: string
  signerName: string
  signature: Signature | null
  recordingConsented: boolean
  recordingSignature: Signature | null
}

export function ConsentForm({ clientId, onDone, onCancel }: CounsellingFormProps) {
  const { t, i18n } = useTranslation()
  const { counselling } = useRepositories()
  const language: ConsentLanguage = i18n.language === 'en' ? 'en' : 'zh-CN'
  const text = consentText(CURRENT_CONSENT_VERSION, language) ?? ''
  const { form, frame } = useCounsellingForm<Values, typeof consentInputSchema>({
    testId: 'counselling-form-consent',
    signable: false,
    schema: consentInputSchema,
    initialValues: () => ({
      date: today(),
      signer: 'client',
      signerName: '',
      signature: null,
      recordingConsented: false,
      recordingSignature: null,
    }),
    toData: (v) => ({
      data: {
        textVersion: CURRENT_CONSENT_VERSION,
        language,
        date: v.date,
        signer: v.signer,
        signerName: v.signerName,
        signature: v.signature,
        recording: {
          consented: v.recordingConsented,
          signature: v.recordingConsented ? v.recordingSignature : null,
        },
      },
    }),
    save: (data) => counselling.addRecord(clientId, 'consent', data),
    onDone,
  })
  const values = form.getValues()
  const errors = form.errors

  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Text size="sm">{t('counselling.consent.readAloud')}</Text>
      <Paper withBorder p="sm">
        <ScrollArea.Autosize mah={260} type="auto">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="consent-text">
            {text}
          </Text>
        </ScrollArea.Autosize>
        <Text size="xs" c="dimmed" mt="xs">
          {t('counselling.consent.version', {
            version: CURRENT_CONSENT_VERSION,
            language: t(`counselling.consent.languages.${language}`),
          })}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label={t('counselling.consent.date')} withAsterisk {...form.getInputProps('date')} />
        <Radio.Group label={t('counselling.consent.signer')} withAsterisk {...form.getInputProps('signer')}>
          <Stack gap={4} mt={4}>
            {CONSENT_SIGNERS.map((s) => (
              <Radio key={s} value={s} label={t(`counselling.consent.signers.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label={t('counselling.consent.signerName')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('signerName')}
        />
      </SimpleGrid>
      <SignatureField
        testId="consent-signature"
        label={t('counselling.consent.signature')}
        value={values.signature}
        onChange={(v) => form.setFieldValue('signature', v)}
        error={errors['signature'] ?? errors['signature.name'] ?? errors['signature.image']}
      />
      <Checkbox
        label={t('counselling.consent.recordingConsent')}
        {...form.getInputProps('recordingConsented', { type: 'checkbox' })}
      />
      {values.recordingConsented && (
        <SignatureField
          testId="recording-signature"
          label={t('counselling.consent.recordingSignature')}
          value={values.recordingSignature}
          onChange={(v) => form.setFieldValue('recordingSignature', v)}
          error={errors['recording.signature'] ?? errors['recording.signature.name']}
        />
      )}
    </FormFrame>
  )
}
