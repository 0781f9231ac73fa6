/**
 * The job file: one JSON document per queued bundle, checked with zod when read back, so a
 * damaged or hand-edited file is skipped instead of crashing the queue. It holds the bundle's
 * name, size and hash and the upload's history — never the bundle's content.
 */
import { z } from 'zod'
import type { UploadFailure, UploadJob, UploadReceipt } from '../../preload/contract'

const iso = z.iso.datetime()

const receiptSchema = z
  .object({ status: z.number().int(), body: z.unknown(), truncated: z.boolean(), receivedAt: iso })
  .strict() satisfies z.ZodType<UploadReceipt>

const failureSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('http'),
      status: z.number().int(),
      body: z.unknown(),
      truncated: z.boolean(),
      at: iso,
    })
    .strict(),
  z.object({ kind: z.literal('network'), code: z.string().max(100), at: iso }).strict(),
  z.object({ kind: z.literal('local'), code: z.literal('bundle-missing'), at: iso }).strict(),
]) satisfies z.ZodType<UploadFailure>

export const jobFileSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(200),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
    createdAt: iso,
    state: z.enum(['queued', 'sending', 'done', 'failed']),
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: iso.nullable(),
    lastAttemptAt: iso.nullable(),
    lastError: failureSchema.nullable(),
    receipt: receiptSchema.nullable(),
  })
  .strict() satisfies z.ZodType<UploadJob>

/** The job file's name; ids are UUIDs (schema-checked), so names never leave the queue folder. */
export const jobFileName = (id: string): string => `${id}.json`
/** The bundle's bytes, kept until the upload is done. */
export const bundleFileName = (id: string): string => `${id}.zip`
