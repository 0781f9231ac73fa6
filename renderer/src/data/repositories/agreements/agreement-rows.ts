/**
 * Between stored document rows and domain agreements. The row keeps what lists and the verification
 * look-up need in plain (case, kind, version, status, SHA-256 of the issued PDF); everything about
 * people — the snapshot, who signed, who sealed, the reason for a correction — is in the sealed body.
 * Signature images, the seal image used and the issued PDF are separate sealed `documentFiles` rows.
 */
import { z } from 'zod'
import type { Agreement, AgreementSnapshot } from '../../../domain/documents/agreement'
import { SIGNATURE_METHODS, SIGNER_ROLES } from '../../../domain/documents/agreement'
import { MEDIATION_KINDS } from '../../../domain/cases/catalogues'
import { agreementSchema, migrateStoredRecord } from '../../../domain/cases/records'
import type { RecordCodec } from '../../codec/codec'
import type { DocumentRow } from '../../schema'

export const DOCUMENTS = 'documents'
export const DOCUMENT_FILES = 'documentFiles'
export const AGREEMENT_KIND = 'agreement'

export const signatureFileId = (documentId: string, slotId: string) => `${documentId}:signature:${slotId}`
export const sealFileId = (documentId: string) => `${documentId}:seal`
export const pdfFileId = (documentId: string) => `${documentId}:pdf`

// Parties are kept as they were when the agreement was drawn up; only what signing relies on is
// checked again here, so a later change to the party schema never makes an old agreement unreadable.
const snapshotPartySchema = z
  .object({ id: z.string(), type: z.enum(['person', 'organisation']), role: z.string(), name: z.string() })
  .passthrough()

const snapshotCaseSchema = z
  .object({
    id: z.string(),
    caseNo: z.string(),
    kind: z.enum(MEDIATION_KINDS),
    parties: z.array(snapshotPartySchema),
  })
  .passthrough()

const slotSchema = z.object({
  id: z.string(),
  kind: z.enum(['party', 'mediator', 'recorder']),
  partyId: z.string().nullable(),
  name: z.string(),
  required: z.boolean(),
  signers: z.array(z.object({ role: z.enum(SIGNER_ROLES), name: z.string() })),
  methods: z.array(z.enum(SIGNATURE_METHODS)),
})

export const agreementBodySchema = z.object({
  createdById: z.string(),
  snapshot: z.object({
    case: snapshotCaseSchema,
    record: z.object({
      id: z.string(),
      caseId: z.string(),
      kind: z.literal('agreement'),
      createdAt: z.string(),
      createdBy: z.string(),
      // as stored: a term drawn up before the obligor was required reads with the old default
      data: z.preprocess((d) => migrateStoredRecord('agreement', d), agreementSchema),
    }),
    mediator: z.object({ id: z.string(), name: z.string() }),
    coMediators: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    organisation: z.object({ name: z.string(), region: z.string() }),
    issuerId: z.string().optional(),
  }),
  slots: z.array(slotSchema),
  signatures: z.array(
    z.object({
      slotId: z.string(),
      signerRole: z.enum(SIGNER_ROLES),
      signerName: z.string(),
      method: z.enum(SIGNATURE_METHODS),
      signedAt: z.string(),
      recordedById: z.string(),
    }),
  ),
  seal: z.object({ appliedAt: z.string(), appliedById: z.string(), appliedByName: z.string() }).nullable(),
  // absent from versions stored before hand-overs existed
  handedOver: z.object({ at: z.string(), byId: z.string(), byName: z.string() }).nullable().default(null),
  effectiveAt: z.string().nullable(),
  supersedes: z.object({ id: z.string(), version: z.number(), reason: z.string() }).nullable(),
  supersededBy: z.object({ id: z.string(), version: z.number(), at: z.string() }).nullable(),
})
export type AgreementBody = z.output<typeof agreementBodySchema>

export async function rowToAgreement(codec: RecordCodec, row: DocumentRow): Promise<Agreement> {
  const body = agreementBodySchema.parse(await codec.open(DOCUMENTS, row.id, row.body))
  return {
    id: row.id,
    caseId: row.caseId,
    caseNo: body.snapshot.case.caseNo,
    version: row.version,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: body.createdById,
    // Checked above only for what signing relies on (see snapshotCaseSchema); the rest is the case
    // exactly as it was written when the version was drawn up.
    snapshot: body.snapshot as AgreementSnapshot,
    slots: body.slots,
    signatures: body.signatures,
    seal: body.seal,
    handedOver: body.handedOver,
    effectiveAt: body.effectiveAt,
    sha256: row.sha256,
    supersedes: body.supersedes,
    supersededBy: body.supersededBy,
  }
}

export function agreementToBody(a: Agreement): AgreementBody {
  return {
    createdById: a.createdById,
    snapshot: a.snapshot,
    slots: a.slots,
    signatures: a.signatures,
    seal: a.seal,
    handedOver: a.handedOver,
    effectiveAt: a.effectiveAt,
    supersedes: a.supersedes,
    supersededBy: a.supersededBy,
  }
}

/** Seals one file (an image or the PDF) for the documentFiles table. */
export async function sealFile(codec: RecordCodec, id: string, documentId: string, bytes: Uint8Array) {
  return { id, documentId, body: await codec.seal(DOCUMENT_FILES, id, { bytes }) }
}

export async function openFile(codec: RecordCodec, row: { id: string; body: DocumentRow['body'] }) {
  const { bytes } = z
    .object({ bytes: z.instanceof(Uint8Array) })
    .parse(await codec.open(DOCUMENT_FILES, row.id, row.body))
  return bytes
}
