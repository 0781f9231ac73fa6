/**
 * Editing the wording of one template: every text of the template in order, checked as it is
 * typed (unknown placeholders, broken braces, a required field removed), with a live preview of
 * the same document model the PDF and DOCX are made from, filled with a fictional sample case.
 */
import {
  Alert,
  Button,
  Grid,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  assembleDocumentData,
  buildDocument,
  renderPdf,
  sampleDetailFor,
  type DocModel,
} from '../../../output/documents'
import { checkOverride, TemplateError } from '../../../domain/documents/override'
import {
  TABLE_LAYOUTS,
  type DocumentKind,
  type DocumentTemplate,
  type TableLayout,
  type TemplateIssue,
} from '../../../domain/documents/template'
import { DocPreview } from '../../../components/DocPreview'
import { documentFileName } from '../file-name'
import { useDocumentFonts } from '../fonts'
import { useRepositories, useServices } from '../../shared/services'
import { editableTexts, tableLayouts, withLayout, withText } from './template-texts'
import { FieldHelp } from './FieldHelp'

const SAMPLE_CONTENTS = [
  { index: 1, title: '调解申请书', date: '2026年3月2日', pages: '1', note: '' },
  { index: 2, title: '人民调解协议书', date: '2026年3月10日', pages: '2-3', note: '' },
]

function preview(template: DocumentTemplate): DocModel {
  const data = assembleDocumentData(sampleDetailFor(template), {
    archive: { entries: SAMPLE_CONTENTS, pageCount: 3 },
  })
  return buildDocument(template, data)
}

interface Props {
  kind: DocumentKind
  current: DocumentTemplate
  builtIn: DocumentTemplate
  onDone: () => void
}

export function TemplateEditor({ kind, current, builtIn, onDone }: Props) {
  const { t } = useTranslation()
  const { templates } = useRepositories()
  const { platform } = useServices()
  const fonts = useDocumentFonts()
  const [draft, setDraft] = useState<DocumentTemplate>(current)
  const [saving, setSaving] = useState(false)
  const [failed, setFailed] = useState(false)
  const [model, setModel] = useState<DocModel>(() => preview(current))

  const issues: TemplateIssue[] = useMemo(() => {
    const check = checkOverride(kind, draft, builtIn)
    return check.ok ? [] : check.issues
  }, [kind, draft, builtIn])

  const change = (next: DocumentTemplate) => {
    setDraft(next)
    try {
      setModel(preview(next))
    } catch {
      // An unknown placeholder cannot be filled: keep showing the last document that could.
    }
  }
  const update = (path: string, value: string) => change(withText(draft, path, value))

  const message = (issue: TemplateIssue) =>
    t(issue.message, { name: issue.name ? `{{${issue.name}}}` : '', example: '{{case.number}}' })
  const texts = editableTexts(draft, t)
  const general = issues.filter((i) => !texts.some((x) => x.path === i.path))

  const save = async () => {
    setSaving(true)
    setFailed(false)
    try {
      await templates.save(kind, draft)
      notifications.show({ color: 'green', message: t('templates.saved', { title: draft.title }) })
      onDone()
    } catch (error) {
      if (!(error instanceof TemplateError)) setFailed(true)
    } finally {
      setSaving(false)
    }
  }

  const downloadSample = async () => {
    const pdf = await renderPdf(model, fonts)
    await platform.saveFile({
      suggestedName: documentFileName('样张', model.title, 'pdf'),
      data: pdf,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
  }

  return (
    <Stack gap="md" data-testid="template-editor">
      <Group justify="space-between">
        <Title order={3}>{t('templates.editorTitle', { title: t(`templates.kinds.${kind}`) })}</Title>
        <Button variant="subtle" onClick={onDone}>
          {t('templates.back')}
        </Button>
      </Group>
      {general.map((issue, i) => (
        <Alert key={i} color="red" role="alert">
          {message(issue)}
        </Alert>
      ))}
      {failed && (
        <Alert color="red" role="alert">
          {t('templates.errors.saveFailed')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="sm">
            {tableLayouts(draft).map(({ index, layout }) => (
              <div key={`layout-${index}`}>
                <Text size="sm" fw={500} mb={4} id={`layout-${index}`}>
                  {t('templates.layout.label', { n: index + 1 })}
                </Text>
                <SegmentedControl
                  aria-labelledby={`layout-${index}`}
                  value={layout}
                  onChange={(v) => change(withLayout(draft, index, v as TableLayout))}
                  data={TABLE_LAYOUTS.map((l) => ({ value: l, label: t(`templates.layout.${l}`) }))}
                />
              </div>
            ))}
            {texts.map((text) => {
              const error =
                issues
                  .filter((i) => i.path === text.path)
                  .map(message)
                  .join('；') || undefined
              const props = {
                label: text.label,
                value: text.text,
                error,
                onChange: (e: { currentTarget: { value: string } }) =>
                  update(text.path, e.currentTarget.value),
              }
              return text.long ? (
                <Textarea key={text.path} autosize minRows={2} maxRows={10} {...props} />
              ) : (
                <TextInput key={text.path} {...props} />
              )
            })}
            <FieldHelp />
            {issues.length > 0 && (
              <Text size="sm" c="red">
                {t('templates.fixErrors')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onDone}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void save()} loading={saving} disabled={issues.length > 0}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          {/* The preview stays in view while the texts scroll past. */}
          <Stack gap="xs" style={{ position: 'sticky', top: 16 }}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('templates.preview')}
              </Text>
              <Button size="compact-sm" variant="light" onClick={() => void downloadSample()}>
                {t('templates.downloadSample')}
              </Button>
            </Group>
            <DocPreview model={model} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
