/**
 * The published bundle format (schema version 1). A bundle is a zip holding:
 *
 *   manifest.json       what the bundle is and the SHA-256 of every other file (this schema)
 *   manifest.sig        RSA PKCS#1 v1.5 SHA-256 signature over manifest.json's exact bytes
 *   signer.pem          the organisation's X.509 certificate (its fingerprint is in the manifest)
 *   statistics.json     the room's statistics for the period, and its screening rounds
 *   tables.xlsx         the statutory tables for the period
 *   cases/000001.json   de-identified cases, at most CASES_PER_FILE per file (none when nothing changed)
 *
 * Every object is strict (unknown keys are refused) so a reader never silently drops data it does
 * not understand. `templates/bundle.schema.json` is generated from these schemas
 * (`npm run bundle:schema`); a test keeps the two equal.
 */
import { z } from 'zod'
import { MAX_FEN } from '../amounts/amount'
import { OUTCOMES } from '../cases/case'
import {
  ADMIN_SECTORS,
  CASE_SOURCES,
  CASE_STATUSES,
  DISPUTE_TYPES,
  GENDERS,
  ID_DOCUMENT_TYPES,
  MEDIATION_KINDS,
  PARTY_ROLES,
  RISK_LEVELS,
} from '../cases/catalogues'
import {
  CASE_MEASURES,
  COMMITTEE_TYPES,
  GROUP_BYS,
  RATE_BASES,
  statInputSchema,
  type CaseMeasure,
  type CommitteeType,
} from '../statistics'

/** Measures added in 2026 (书面/口头, 司法确认, 履行, 回访, 群体性纠纷, 防止群体性械斗). */
const ADDED_MEASURES: ReadonlySet<CaseMeasure> = new Set([
  'succeededWritten',
  'succeededOral',
  'confirmationApplied',
  'confirmed',
  'performed',
  'unperformed',
  'visited',
  'massDisputes',
  'massDisputePersons',
  'prevention-mass-fight-cases',
  'prevention-mass-fight-persons',
])

export const BUNDLE_FORMAT = 'mediation-room-bundle'
export const BUNDLE_SCHEMA_VERSION = 1

export const MANIFEST_PATH = 'manifest.json'
export const SIGNATURE_PATH = 'manifest.sig'
export const SIGNER_PATH = 'signer.pem'
export const STATISTICS_PATH = 'statistics.json'
export const TABLES_PATH = 'tables.xlsx'
export const CASES_PER_FILE = 5000
export const casesPath = (n: number) => `cases/${String(n).padStart(6, '0')}.json`
/** Every path a manifest may list (manifest.json and manifest.sig are not listed: they cover the rest). */
export const LISTED_PATH = /^(signer\.pem|statistics\.json|tables\.xlsx|cases\/\d{6}\.json)$/
export const REQUIRED_LISTED = [SIGNER_PATH, STATISTICS_PATH, TABLES_PATH] as const

/**
 * Limits a reader applies: sizes before inflating anything (inflation then stops at each entry's
 * declared size), and a time limit for the whole read (the largest bundle these limits allow is
 * read in well under a minute on a modest PC; a read still going after two is not a bundle).
 */
export const BUNDLE_LIMITS = {
  maxBundleBytes: 256 * 1024 * 1024,
  maxEntries: 512,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxManifestBytes: 1024 * 1024,
  maxSignatureBytes: 1024,
  maxCertificateBytes: 16 * 1024,
  maxCasesPerFile: 10_000,
  maxReadSeconds: 120,
}
export type BundleLimits = typeof BUNDLE_LIMITS

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const instant = z.iso.datetime()
const count = z.number().int().min(0).max(1e9)
/** Money in fen: one case up to MAX_FEN; a total of many cases up to what a double holds exactly. */
const fen = z.number().int().min(0).max(MAX_FEN)
const total = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const text = (max: number) => z.string().max(max)

export const fileEntrySchema = z
  .object({
    path: z.string().regex(LISTED_PATH),
    sha256: hex64,
    size: z.number().int().min(0).max(BUNDLE_LIMITS.maxEntryBytes),
  })
  .strict()

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    bundleId: z.uuid(),
    organisation: z
      .object({
        name: text(100).min(1),
        kind: text(40),
        region: text(60),
        /** An official code of the organisation, where one is configured. */
        code: text(40).optional(),
      })
      .strict(),
    /** The statistics period of statistics.json and tables.xlsx, inclusive local days. */
    period: z.object({ key: text(40).min(1), from: day, to: day }).strict(),
    createdAt: instant,
    appVersion: text(40).min(1),
    /** Cases updated after `since` (exclusive; null: from the beginning) up to `until` (inclusive). */
    since: instant.nullable(),
    until: instant,
    /** An identified bundle carries names and numbers, and must name its legal basis (PIPL Art. 23). */
    identified: z.boolean(),
    legalBasis: text(1000).min(4).optional(),
    includesFreeText: z.boolean(),
    counts: z.object({ cases: count, parties: count }).strict(),
    /** The room's audit chain head when the bundle was made: a later bundle with a lower seq reveals a rewritten history. */
    auditHead: z.object({ seq: count, hash: hex64 }).strict(),
    signer: z.object({ fingerprint: hex64 }).strict(),
    files: z.array(fileEntrySchema).min(REQUIRED_LISTED.length).max(BUNDLE_LIMITS.maxEntries),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.identified && !m.legalBasis?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'required for an identified bundle' })
    }
    if (!m.identified && m.legalBasis !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'only for an identified bundle' })
    }
    const paths = m.files.map((f) => f.path)
    if (new Set(paths).size !== paths.length) {
      ctx.addIssue({ code: 'custom', path: ['files'], message: 'duplicate path' })
    }
    for (const required of REQUIRED_LISTED) {
      if (!paths.includes(required))
        ctx.addIssue({ code: 'custom', path: ['files'], message: `${required} missing` })
    }
    if (m.since !== null && m.since > m.until) {
      ctx.addIssue({ code: 'custom', path: ['since'], message: 'after until' })
    }
    if (m.period.from > m.period.to) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'from after to' })
    }
  })
export type Manifest = z.output<typeof manifestSchema>

export const AGE_BANDS = ['under-14', '14-17', '18-34', '35-59', '60-plus'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** Stable per organisation: HMAC of the room's own id under the organisation's pseudonym key. */
export const CASE_PSEUDONYM = /^C-[0-9A-F]{16}$/
export const PERSON_PSEUDONYM = /^P-[0-9A-F]{12}$/
export const MEDIATOR_PSEUDONYM = /^M-[0-9A-F]{8}$/
/** Masked numbers keep at most a region prefix (ID numbers) or area code and last four (phones). */
export const MASKED_ID = /^([0-9A-Z]{0,8}\*+)?$/
export const MASKED_PHONE = /^(\d{0,4}-?\*+\d{0,4})?$/

/** Only in identified bundles: who the party is. */
export const partyIdentitySchema = z
  .object({
    name: text(100).min(1),
    idType: z.enum(ID_DOCUMENT_TYPES).nullable(),
    /** ID number (persons) or unified social credit code (organisations). */
    idNumber: text(40),
    phone: text(30),
    address: text(200),
    legalRepresentative: text(50).optional(),
  })
  .strict()

export const bundlePartySchema = z
  .object({
    pseudonym: z.string().regex(PERSON_PSEUDONYM),
    /** 当事人甲, 当事人乙 … in the order of the case's parties; free text uses the same labels. */
    label: text(20).min(1),
    type: z.enum(['person', 'organisation']),
    role: z.enum(PARTY_ROLES),
    gender: z.enum(GENDERS).nullable(),
    /** On the day the dispute was registered. */
    ageBand: z.enum(AGE_BANDS).nullable(),
    /** 区/县 level only (大连市甘井子区); '' when the address says no more than that or cannot be read. */
    district: text(30),
    idNumber: z.string().regex(MASKED_ID).max(40),
    phone: z.string().regex(MASKED_PHONE).max(30),
    identity: partyIdentitySchema.optional(),
  })
  .strict()
export type BundleParty = z.output<typeof bundlePartySchema>

export const bundleCaseSchema = z
  .object({
    id: z.string().regex(CASE_PSEUDONYM),
    kind: z.enum(MEDIATION_KINDS),
    sector: z.enum(ADMIN_SECTORS).nullable(),
    source: z.enum(CASE_SOURCES),
    disputeType: z.enum(DISPUTE_TYPES),
    status: z.enum(CASE_STATUSES),
    outcome: z.enum(OUTCOMES).nullable(),
    riskLevel: z.enum(RISK_LEVELS).nullable(),
    registeredOn: day,
    acceptedOn: day.nullable(),
    concludedOn: day.nullable(),
    createdAt: instant,
    updatedAt: instant,
    agreementAmountFen: fen,
    partyCount: count,
    parties: z.array(bundlePartySchema).max(50),
    /** Only when the export chose free text: facts and requests, scrubbed unless the bundle is identified. */
    facts: text(20_000).optional(),
    requests: text(20_000).optional(),
    /** Only in identified bundles. */
    caseNo: text(60).optional(),
    /** The statistics facts of the case (domain/statistics), with the pseudonymous case and mediator ids. */
    stat: statInputSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.stat.id !== c.id) ctx.addIssue({ code: 'custom', path: ['stat', 'id'], message: 'not the case id' })
    // Mediators are grouped by this id (keys of the district's totals): only a pseudonym is accepted.
    if (!MEDIATOR_PSEUDONYM.test(c.stat.mediatorId)) {
      ctx.addIssue({ code: 'custom', path: ['stat', 'mediatorId'], message: 'not a mediator pseudonym' })
    }
    if (c.partyCount !== c.parties.length) {
      ctx.addIssue({ code: 'custom', path: ['partyCount'], message: 'not the number of parties' })
    }
  })
export type BundleCase = z.output<typeof bundleCaseSchema>

export const casesFileSchema = z
  .object({
    part: z.number().int().min(1),
    cases: z.array(bundleCaseSchema).max(BUNDLE_LIMITS.maxCasesPerFile),
  })
  .strict()
export type CasesFile = z.output<typeof casesFileSchema>

/** Measures a bundle made before they were counted lacks: 0 (its rates: not given). */
const added = total.default(0)
const measuresSchema = z
  .object({
    ...(Object.fromEntries(CASE_MEASURES.map((m) => [m, ADDED_MEASURES.has(m) ? added : total])) as Record<
      CaseMeasure,
      typeof total
    >),
    /** 调解成功数 ÷ 受理数 (or ÷ 办结数, the table's rateBase): above 1 when more ended than began. */
    successRate: z.number().min(0).nullable(),
    performanceRate: z.number().min(0).max(1).nullable().default(null),
    screenings: count.nullable(),
    screeningFound: count.nullable(),
    screeningPrevented: count.nullable().default(null),
  })
  .strict()

const statTableSchema = z
  .object({
    range: z.object({ from: day, to: day }).strict(),
    groupBy: z.enum(GROUP_BYS).nullable(),
    /** 成功率's denominator; bundles made before it was a setting computed it ÷ 办结数. */
    rateBase: z.enum(RATE_BASES).default('concluded'),
    rows: z.array(z.object({ key: text(60), measures: measuresSchema }).strict()).max(100),
    total: measuresSchema,
  })
  .strict()

export const bundleScreeningSchema = z
  .object({ id: z.string().regex(/^S-[0-9A-F]{16}$/), date: day, found: count, prevented: count.default(0) })
  .strict()

export const statisticsFileSchema = z
  .object({
    period: z.object({ key: text(40).min(1), from: day, to: day }).strict(),
    /** The room's own figures for the period: the total, and by dispute type, kind, source and outcome. */
    tables: z.array(statTableSchema).max(10),
    /** Every screening round (排查) the room has recorded, so a district can compute any period. */
    screenings: z.array(bundleScreeningSchema).max(100_000),
    /** Periods the room filed as 零上报 (no new disputes). */
    zeroReports: z.array(text(40)).max(10_000),
    /** 组织队伍, when the room keeps it (a 司法所): committees by type, 专职/兼职 mediators. */
    roster: z
      .object({
        committees: count,
        byType: z
          .object(
            Object.fromEntries(COMMITTEE_TYPES.map((t) => [t, count])) as Record<CommitteeType, typeof count>,
          )
          .strict(),
        fullTime: count,
        partTime: count,
      })
      .strict()
      .optional(),
  })
  .strict()
export type StatisticsFile = z.output<typeof statisticsFileSchema>
