/** Workspace settings: case-number pattern and the interface language. */
import { Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { numberingSettingsSchema, type NumberingSettings } from '../../../domain/numbering/numbering-settings'
import { formatCaseNumber } from '../../../domain/numbering/case-number'
import { LANGUAGES, rememberLanguage, type Language } from '../../../i18n'
import { RetentionCard } from '../../counselling'
import { WorkspaceRoleCard } from '../../export'
import { BackupCard, ExportReadableCard } from '../../backup'
import { translateErrors } from '../../shared/form-errors'
import { useCan, useRepositories } from '../../shared/services'
import { AccountCard } from './AccountCard'
import { DemoDataCard } from './DemoDataCard'
import { DeadlineRulesCard } from './DeadlineRulesCard'
import { HolidayCalendarCard } from './HolidayCalendarCard'
import { SecurityCard } from './SecurityCard'
import { StatisticsSettingsCard } from './StatisticsSettingsCard'
import { DisputeCatalogueCard } from './DisputeCatalogueCard'
import { RosterCard } from './RosterCard'
import { CertificateCard } from './CertificateCard'
import { SealCard } from './SealCard'
import { BodyFontCard } from './BodyFontCard'
import { IssuingBodiesCard } from './IssuingBodiesCard'
import { ArchiveRetentionCard } from './ArchiveRetentionCard'

const resolve = schemaResolver(numberingSettingsSchema, { sync: true })

function NumberingCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const form = useForm<NumberingSettings>({
    mode: 'controlled',
    initialValues: { pattern: '', orgShortName: '' },
    validate: (values) => translateErrors(resolve(values), t),
  })

  useEffect(() => {
    void settings.getNumbering().then((v) => {
      form.setValues(v)
      form.resetDirty(v)
    })
    // Load once when the card opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings])

  const { pattern, orgShortName } = form.getValues()
  const example = formatCaseNumber(pattern, { year: new Date().getFullYear(), seq: 1, org: orgShortName })

  return (
    <Card withBorder>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          await settings.setNumbering(values)
          notifications.show({ color: 'green', message: t('settings.saved') })
        })}
      >
        <Title order={4}>{t('settings.numbering')}</Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('settings.numberingHint')}
        </Text>
        <Group align="start" grow>
          <TextInput label={t('settings.pattern')} {...form.getInputProps('pattern')} />
          <TextInput label={t('settings.orgShortName')} {...form.getInputProps('orgShortName')} />
        </Group>
        <Group justify="space-between" mt="sm">
          <Text size="sm" data-testid="pattern-preview">
            {t('settings.preview', { example })}
          </Text>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </form>
    </Card>
  )
}

function LanguageCard() {
  const { t, i18n } = useTranslation()
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t('settings.language')}
      </Title>
      <SegmentedControl
        data={LANGUAGES.map((l) => ({ value: l, label: l === 'en' ? 'English' : '简体中文' }))}
        value={i18n.language}
        onChange={(v) => {
          rememberLanguage(v as Language)
          void i18n.changeLanguage(v)
        }}
      />
    </Card>
  )
}

export function SettingsPage() {
  const { t } = useTranslation()
  const manage = useCan('settings:manage')
  return (
    <Stack gap="md">
      <Title order={2}>{t('settings.title')}</Title>
      <AccountCard />
      {manage && <NumberingCard />}
      {manage && <IssuingBodiesCard />}
      {manage && (
        <div id="backup">
          <BackupCard />
        </div>
      )}
      {manage && <ExportReadableCard />}
      {manage && <SecurityCard />}
      {manage && <SealCard />}
      {manage && <CertificateCard />}
      {manage && <BodyFontCard />}
      {manage && <DeadlineRulesCard />}
      {manage && <HolidayCalendarCard />}
      {manage && <ArchiveRetentionCard />}
      {manage && <StatisticsSettingsCard />}
      {manage && <DisputeCatalogueCard />}
      {manage && <RosterCard />}
      {manage && <DemoDataCard />}
      {manage && <RetentionCard />}
      {manage && <WorkspaceRoleCard />}
      <LanguageCard />
    </Stack>
  )
}
