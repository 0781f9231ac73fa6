/**
 * 文书 on the case page: every document this case's kind of mediation has, in archive order, each
 * as DOCX, PDF or printed (one copy per party plus one), and the whole archive volume as one PDF.
 * A document whose record is missing says what to add first; blanks it will print are named.
 */
import { Alert, Button, Card, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { IconFileTypeDocx, IconFileTypePdf, IconFolders, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'
import { issuerOfCase } from '../../domain/organisation/issuing-bodies'
import {
  assembleDocumentData,
  documentsForCase,
  templateSet,
  type CaseDetail,
  type PlannedDocument,
  type TemplateSet,
} from '../../output/documents'
import { QueryErrorAlert } from '../../components/ErrorAlert'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'
import { ArchiveExportDialog } from './ArchiveExportDialog'
import { useDocumentActions, type DocumentAction } from './use-document-actions'

interface Props {
  caseData: Case
  records: CaseRecord[]
  directory: { id: string; displayName: string }[]
}

export function CaseDocumentsCard({ caseData, records, directory }: Props) {
  const { t } = useTranslation()
  const { templates, settings } = useRepositories()
  const loaded = useQuery(async () => {
    const [set, organisation, bodies, deadlineRules] = await Promise.all([
      templates.all(),
      settings.getOrganisation(),
      settings.getIssuingBodies(),
      settings.getDeadlineRules(),
    ])
    return { set: templateSet(set), organisation, bodies, deadlineRules }
  }, [])

  if (loaded.status === 'loading') return <Loader size="sm" aria-label={t('docs.loading')} />
  if (loaded.status === 'error') return <QueryErrorAlert error={loaded.error} />
  const detail: CaseDetail = {
    case: caseData,
    records,
    organisation: { name: loaded.data.organisation?.name ?? '', region: loaded.data.organisation?.region },
    issuer: issuerOfCase(caseData, loaded.data.bodies) ?? undefined,
    userNames: Object.fromEntries(directory.map((u) => [u.id, u.displayName])),
    // the room's own rules (the 调解会通知书's notice period)
    deadlineRules: loaded.data.deadlineRules,
  }
  return <DocumentsTable detail={detail} templates={loaded.data.set} />
}

function DocumentsTable({ detail, templates }: { detail: CaseDetail; templates: TemplateSet }) {
  const { t } = useTranslation()
  const { busy, copies, copiesOf, run, exportArchive } = useDocumentActions(detail, templates)
  /** A document about to be made while required fields are missing: asked first, naming them. */
  const [asking, setAsking] = useState<{
    doc: PlannedDocument
    action: DocumentAction
    fields: string
  } | null>(null)
  const start = (doc: PlannedDocument, action: DocumentAction, missing: string[]) => {
    if (missing.length === 0) return void run(doc, action)
    setAsking({ doc, action, fields: missing.map((f) => t(`templates.fields.${f}`)).join('、') })
  }
  const [exporting, setExporting] = useState(false)
  const planned = documentsForCase(detail, templates)

  const missingOf = (doc: PlannedDocument): string[] => {
    if (!doc.available) return []
    const data = assembleDocumentData(detail, { recordId: doc.recordId ?? undefined })
    const template = templates[doc.kind]
    return template.requiredFields.filter((f) => data.fields[f as keyof typeof data.fields] === '')
  }

  return (
    <Card withBorder data-testid="case-documents">
      <ArchiveExportDialog
        opened={exporting}
        title={assembleDocumentData(detail).fields['archive.title']}
        onClose={() => setExporting(false)}
        onExport={(choices) => {
          setExporting(false)
          void exportArchive(choices)
        }}
      />
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t('docs.missingTitle')}>
        <Text size="sm">{t('docs.missingAsk', { fields: asking?.fields ?? '' })}</Text>
        <Group justify="end" mt="md">
          <Button variant="default" onClick={() => setAsking(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => {
              if (asking) void run(asking.doc, asking.action)
              setAsking(null)
            }}
          >
            {t('docs.missingGo')}
          </Button>
        </Group>
      </Modal>
      <Group justify="space-between" align="start" mb="xs">
        <div>
          <Title order={4}>{t('docs.cardTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('docs.cardIntro')}
          </Text>
          <Text size="sm" data-testid="print-copies">
            {t('docs.copies', { copies, parties: detail.case.parties.length })}
          </Text>
        </div>
        <Button
          leftSection={<IconFolders size={16} />}
          variant="light"
          loading={busy === 'archive'}
          disabled={busy !== null}
          onClick={() => setExporting(true)}
          title={t('docs.archiveHint')}
        >
          {t('docs.archive')}
        </Button>
      </Group>
      {planned.length === 0 ? (
        <Alert color="gray">{t('docs.none')}</Alert>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('docs.columns.title')}</Table.Th>
              <Table.Th>{t('docs.columns.date')}</Table.Th>
              <Table.Th>{t('docs.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {planned.map((doc) => {
              const missing = missingOf(doc)
              const label = t(`templates.kinds.${doc.kind}`)
              return (
                <Table.Tr key={doc.key} data-testid={`document-${doc.kind}`}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">{label}</Text>
                      {doc.needs && (
                        <Text size="xs" c="dimmed">
                          {t('docs.needs', { record: t(`records.kinds.${doc.needs}`) })}
                        </Text>
                      )}
                      {missing.length > 0 && (
                        <Text size="xs" c="orange">
                          {t('docs.missing', {
                            fields: missing.map((f) => t(`templates.fields.${f}`)).join('、'),
                          })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{doc.date}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {(['docx', 'pdf', 'print'] as const).map((action) => (
                        <Button
                          key={action}
                          size="compact-sm"
                          variant="default"
                          disabled={!doc.available || (busy !== null && busy !== `${doc.key}:${action}`)}
                          loading={busy === `${doc.key}:${action}`}
                          onClick={() => start(doc, action, missing)}
                          aria-label={`${label} ${action === 'print' ? t('docs.printCopies', { copies: copiesOf(doc) }) : t(`docs.${action}`)}`}
                          leftSection={
                            action === 'docx' ? (
                              <IconFileTypeDocx size={14} />
                            ) : action === 'pdf' ? (
                              <IconFileTypePdf size={14} />
                            ) : (
                              <IconPrinter size={14} />
                            )
                          }
                        >
                          {action === 'print'
                            ? t('docs.printCopies', { copies: copiesOf(doc) })
                            : t(`docs.${action}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
