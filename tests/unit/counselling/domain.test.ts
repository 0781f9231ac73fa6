/**
 * The counselling vocabulary: no diagnosis field anywhere (精神卫生法 Art. 23), consent texts in
 * both languages, and every message the counselling screens and schemas use present in zh-CN and en.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { clientInputSchema, watchSchema } from '../../../renderer/src/domain/counselling/client'
import { CONSENT_TEXTS } from '../../../renderer/src/domain/counselling/consent-texts'
import { COUNSELLING_MSG } from '../../../renderer/src/domain/counselling/messages'
import { RECORD_SCHEMAS, consentInputSchema } from '../../../renderer/src/domain/counselling/records'
import { referralInputSchema } from '../../../renderer/src/domain/counselling/referral'
import { en } from '../../../renderer/src/i18n/en'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'

/** Every key of an object schema, nested objects and arrays included. */
function keysOf(schema: z.ZodType, prefix = ''): string[] {
  const def = (
    schema as unknown as {
      def: {
        type: string
        shape?: Record<string, z.ZodType>
        element?: z.ZodType
        innerType?: z.ZodType
        in?: z.ZodType
        options?: z.ZodType[]
      }
    }
  ).def
  if (def.shape)
    return Object.entries(def.shape).flatMap(([k, v]) => [`${prefix}${k}`, ...keysOf(v, `${prefix}${k}.`)])
  if (def.element) return keysOf(def.element, prefix)
  if (def.options) return def.options.flatMap((o) => keysOf(o, prefix))
  if (def.innerType) return keysOf(def.innerType, prefix)
  if (def.in) return keysOf(def.in, prefix)
  return []
}

const lookup = (messages: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      messages,
    )

describe('counselling domain', () => {
  it('has no diagnosis field in any schema', () => {
    const schemas = [
      ...Object.values(RECORD_SCHEMAS),
      consentInputSchema,
      clientInputSchema,
      watchSchema,
      referralInputSchema,
    ]
    const keys = schemas.flatMap((s) => keysOf(s))
    expect(keys).toContain('safetyPlan') // the walk reaches into the schemas
    expect(keys).toContain('recording.signature')
    expect(keys.filter((k) => /diagnos|disorder|icd|dsm|诊断/i.test(k))).toEqual([])
  })

  it('offers every consent text version in zh-CN and en, naming the exceptions and the separate recording consent', () => {
    for (const c of CONSENT_TEXTS) {
      expect(c.text['zh-CN']).toMatch(/保密的例外/)
      expect(c.text['zh-CN']).toMatch(/单独同意/)
      expect(c.text.en).toMatch(/Exceptions to confidentiality/)
      expect(c.text.en).toMatch(/separate consent/)
    }
    expect(new Set(CONSENT_TEXTS.map((c) => c.version)).size).toBe(CONSENT_TEXTS.length)
  })

  it('has a zh-CN and an en text for every validation message', () => {
    for (const key of Object.values(COUNSELLING_MSG)) {
      expect(typeof lookup(zhCN, key), `zh-CN ${key}`).toBe('string')
      expect(typeof lookup(en, key), `en ${key}`).toBe('string')
    }
  })

  it('has a zh-CN and an en text for every literal message key the counselling screens use', () => {
    const root = join(__dirname, '../../../renderer/src/features/counselling')
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.tsx?$/.test(name)) files.push(p)
      }
    }
    walk(root)
    const keys = new Set<string>()
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/['`]((?:counselling|common|errors|users)\.[A-Za-z0-9.-]+)['`]/g))
        keys.add(m[1] as string)
    }
    expect(keys.size).toBeGreaterThan(50)
    const missing = [...keys].filter(
      (k) => typeof lookup(zhCN, k) !== 'string' || typeof lookup(en, k) !== 'string',
    )
    expect(missing).toEqual([])
  })
})
