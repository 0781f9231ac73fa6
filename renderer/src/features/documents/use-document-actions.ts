/**
 * Generating a case's documents: DOCX or PDF saved through the platform, a PDF printed with one
 * copy per party plus one, the whole archive volume as one PDF. Each output is audited.
 */
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  archiveVolume,
  makeDocument,
  printCopies,
  printCopiesOf,
  renderDocx,
  renderPdf,
  type CaseDetail,
  type PlannedDocument,
  type TemplateSet,
} from '../../output/documents'
import { useRepositories, useServices } from '../shared/services'
import type { ArchiveChoices } from './ArchiveExportDialog'
import { documentFileName } from './file-name'
import { useDocumentFonts } from './fonts'

export type DocumentAction = 'docx' | 'pdf' | 'print'

export function useDocumentActions(detail: CaseDetail, templates: TemplateSet) {
  const { t } = useTranslation()
  const { documentLog, cases, settings } = useRepositories()
  const { platform } = useServices()
  const fonts = useDocumentFonts()
  /** What is being generated: `<key>:<action>` or `archive`. */
  const [busy, setBusy] = useState<string | null>(null)
  const caseId = detail.case.id
  const caseNo = detail.case.caseNo
  const copies = printCopies(detail)

  async function guarded(id: string, work: () => Promise<void>) {
    setBusy(id)
    try {
      await work()
    } catch {
      notifications.show({ color: 'red', message: t('docs.failed') })
    } finally {
      setBusy(null)
    }
  }

  const save = async (name: string, data: Uint8Array<ArrayBuffer>, extension: 'pdf' | 'docx') => {
    const result = await platform.saveFile({
      suggestedName: name,
      data,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    })
    if (result.status === 'saved') notifications.show({ color: 'green', message: t('docs.saved', { name }) })
  }

  const run = (doc: PlannedDocument, action: DocumentAction) =>
    guarded(`${doc.key}:${action}`, async () => {
      const model = makeDocument(detail, templates[doc.kind], { recordId: doc.recordId })
      if (action === 'docx') {
        const data = await renderDocx(model)
        await documentLog.generated(caseId, doc.kind, 'docx')
        return save(documentFileName(caseNo, doc.title, 'docx'), data, 'docx')
      }
      const pdf = await renderPdf(model, fonts)
      if (action === 'pdf') {
        await documentLog.generated(caseId, doc.kind, 'pdf')
        return save(documentFileName(caseNo, doc.title, 'pdf'), pdf, 'pdf')
      }
      const copies = printCopiesOf(detail, doc.kind)
      await documentLog.generated(caseId, doc.kind, 'print', copies)
      const result = await platform.printPdf(pdf, copies)
      if (result.status === 'printed') {
        const key = platform.kind === 'browser' ? 'docs.printedBrowser' : 'docs.printed'
        notifications.show({ color: 'green', message: t(key, { copies }) })
      } else if (result.status === 'cancelled') {
        notifications.show({ color: 'gray', message: t('docs.printCancelled') })
      } else {
        notifications.show({ color: 'red', message: t('docs.printFailed') })
      }
    })

  /** The volume with the case's attachments bound in and the 保管期限 from the settings. */
  const exportArchive = (choices: ArchiveChoices) =>
    guarded('archive', async () => {
      const [retention, listed] = await Promise.all([settings.getRetention(), cases.attachments(caseId)])
      const attachments = []
      for (const a of listed) attachments.push(await cases.openAttachment(a.id))
      const volume = await archiveVolume({ detail, templates, attachments, retention, ...choices }, fonts)
      await documentLog.generated(caseId, 'archive-volume', 'archive')
      await save(documentFileName(caseNo, '卷宗', 'pdf'), volume.pdf, 'pdf')
      notifications.show({
        color: 'green',
        message: t('docs.archiveSaved', { pages: volume.pageCount, count: volume.entries.length }),
      })
      if (volume.skipped.length > 0) {
        const names = listed.filter((a) => volume.skipped.includes(a.id)).map((a) => a.name)
        notifications.show({
          color: 'orange',
          message: t('docs.archiveSkipped', { names: names.join('、') }),
        })
      }
    })

  const copiesOf = (doc: PlannedDocument) => printCopiesOf(detail, doc.kind)
  return { busy, copies, copiesOf, run, exportArchive }
}
