/**
 * The built-in templates: templates/*.json, one file per document kind, imported as data (a JSON
 * import works in the Vite renderer, in vitest and under tsx). Each is parsed with the template
 * schema and checked against the field set when this module loads, so a broken built-in fails
 * every test at once rather than printing a wrong document.
 */
import archiveCover from '../../../../templates/archive-cover.json'
import archiveContents from '../../../../templates/archive-contents.json'
import application from '../../../../templates/application.json'
import adminApplication from '../../../../templates/admin-application.json'
import adminRightsNotice from '../../../../templates/admin-rights-notice.json'
import acceptanceRegister from '../../../../templates/acceptance-register.json'
import adminAcceptanceNotice from '../../../../templates/admin-acceptance-notice.json'
import adminRejectionNotice from '../../../../templates/admin-rejection-notice.json'
import rightsNotice from '../../../../templates/rights-notice.json'
import investigationRecord from '../../../../templates/investigation-record.json'
import sessionRecord from '../../../../templates/session-record.json'
import agreement from '../../../../templates/agreement.json'
import oralAgreementRegister from '../../../../templates/oral-agreement-register.json'
import adminAgreement from '../../../../templates/admin-agreement.json'
import terminationNotice from '../../../../templates/termination-notice.json'
import adminTerminationNotice from '../../../../templates/admin-termination-notice.json'
import visitRecord from '../../../../templates/visit-record.json'
import judicialConfirmationPerson from '../../../../templates/judicial-confirmation-person.json'
import judicialConfirmationOrganisation from '../../../../templates/judicial-confirmation-organisation.json'
import courtReport from '../../../../templates/court-report.json'
import adminClosingApproval from '../../../../templates/admin-closing-approval.json'
import powerOfAttorney from '../../../../templates/power-of-attorney.json'
import courtLetterReceipt from '../../../../templates/court-letter-receipt.json'
import rejectionNotice from '../../../../templates/rejection-notice.json'
import sessionNotice from '../../../../templates/session-notice.json'
import labourAgreement from '../../../../templates/labour-agreement.json'
import policeAgreement from '../../../../templates/police-agreement.json'
import trafficMediationDocument from '../../../../templates/traffic-mediation-document.json'
import trafficTermination from '../../../../templates/traffic-termination.json'
import archiveNote from '../../../../templates/archive-note.json'
import archiveBackCover from '../../../../templates/archive-back-cover.json'
import {
  checkTemplate,
  documentTemplateSchema,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentTemplate,
} from './template'

const RAW: Record<DocumentKind, unknown> = {
  'archive-cover': archiveCover,
  'archive-contents': archiveContents,
  application: application,
  'admin-application': adminApplication,
  'acceptance-register': acceptanceRegister,
  'admin-acceptance-notice': adminAcceptanceNotice,
  'admin-rejection-notice': adminRejectionNotice,
  'rights-notice': rightsNotice,
  'admin-rights-notice': adminRightsNotice,
  'investigation-record': investigationRecord,
  'session-record': sessionRecord,
  agreement: agreement,
  'oral-agreement-register': oralAgreementRegister,
  'admin-agreement': adminAgreement,
  'termination-notice': terminationNotice,
  'admin-termination-notice': adminTerminationNotice,
  'visit-record': visitRecord,
  'judicial-confirmation-person': judicialConfirmationPerson,
  'judicial-confirmation-organisation': judicialConfirmationOrganisation,
  'court-report': courtReport,
  'admin-closing-approval': adminClosingApproval,
  'power-of-attorney': powerOfAttorney,
  'court-letter-receipt': courtLetterReceipt,
  'rejection-notice': rejectionNotice,
  'session-notice': sessionNotice,
  'labour-agreement': labourAgreement,
  'police-agreement': policeAgreement,
  'traffic-mediation-document': trafficMediationDocument,
  'traffic-termination': trafficTermination,
  'archive-note': archiveNote,
  'archive-back-cover': archiveBackCover,
}

function load(kind: DocumentKind): DocumentTemplate {
  const template = documentTemplateSchema.parse(RAW[kind])
  if (template.kind !== kind) throw new Error(`template ${kind}: declares kind ${template.kind}`)
  const issues = checkTemplate(template)
  if (issues.length)
    throw new Error(`template ${kind}: ${issues.map((i) => `${i.path} ${i.name ?? ''}`).join('; ')}`)
  return Object.freeze(template)
}

/** Every built-in template by kind, parsed and checked. */
export const BUILT_IN_TEMPLATES: Readonly<Record<DocumentKind, DocumentTemplate>> = Object.freeze(
  Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, load(k)])) as Record<DocumentKind, DocumentTemplate>,
)

/** The raw JSON of a built-in template (for the schema test and for copying into an override). */
export function rawBuiltInTemplate(kind: DocumentKind): unknown {
  return structuredClone(RAW[kind])
}
