/**
 * The upload endpoint, kept by the main process in userData/upload-settings.json (written
 * atomically). The administrator sets it from the renderer; the value is checked with the
 * contract's schema when set and again when read back, so a hand-edited http:// address, or one
 * carrying credentials, counts as "not set" and nothing is sent.
 */
import * as fsp from 'node:fs/promises'
import { z } from 'zod'
import { uploadEndpoint, type UploadSettings } from '../../preload/contract'
import { writeFileAtomic } from '../fs/atomic-write'

export interface UploadSettingsStore {
  get(): Promise<UploadSettings>
  /** Stores an endpoint (already parsed by the IPC layer, parsed again here) or clears it with null. */
  set(endpoint: string | null): Promise<UploadSettings>
  /** The endpoint to send to now, or null. */
  endpoint(): Promise<string | null>
}

const fileSchema = z.object({ endpoint: uploadEndpoint.nullable() })

export function createUploadSettingsStore(file: string, writeAtomic = writeFileAtomic): UploadSettingsStore {
  let cached: UploadSettings | null = null

  async function read(): Promise<UploadSettings> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')))
      if (parsed.success) return { endpoint: parsed.data.endpoint }
      console.warn('upload: the stored endpoint is not acceptable; uploads are paused')
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') console.warn('upload: settings file unreadable')
    }
    return { endpoint: null }
  }

  const get = async (): Promise<UploadSettings> => {
    cached ??= await read()
    return { ...cached }
  }

  return {
    get,
    async set(input) {
      const endpoint = input === null ? null : uploadEndpoint.parse(input)
      const value = { endpoint, updatedAt: new Date().toISOString() }
      await writeAtomic(file, new TextEncoder().encode(JSON.stringify(value, null, 2)))
      cached = { endpoint }
      return { endpoint }
    },
    endpoint: async () => (await get()).endpoint,
  }
}
