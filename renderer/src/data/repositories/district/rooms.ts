/**
 * The district's registry of mediation rooms: a name and the room's certificate, identified by its
 * SHA-256 fingerprint. Only bundles signed by a registered certificate are imported. A room that
 * has sent bundles stays registered (its imported cases keep pointing at it).
 */
import { z } from 'zod'
import { isBundleError } from '../../../domain/export/bundle-errors'
import { parseCertificate } from '../../../domain/export/certificate'
import { EXPORT_MSG } from '../../../domain/export/export-request'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import type { RoomRow } from '../../schema'
import type { ExportContext } from '../export/context'

export const ROOMS = 'rooms'

const roomBodySchema = z.object({
  name: z.string(),
  certificatePem: z.string(),
  subject: z.string(),
  notAfter: z.string(),
  registeredBy: z.string(),
})

export interface Room {
  id: string
  fingerprint: string
  createdAt: string
  name: string
  certificatePem: string
  subject: string
  notAfter: string
}

export const roomInputSchema = z.object({
  name: z.string().trim().min(1, EXPORT_MSG.roomName).max(100, EXPORT_MSG.tooLong),
  certificatePem: z.string().max(16_384, EXPORT_MSG.certificate),
})

export type RoomInput = z.input<typeof roomInputSchema>

export function createRooms(ctx: ExportContext) {
  const { db, codec, audit, access, now, newId, need } = ctx
  const open = async (row: RoomRow): Promise<Room> => {
    const body = roomBodySchema.parse(await codec.open(ROOMS, row.id, row.body))
    return { id: row.id, fingerprint: row.fingerprint, createdAt: row.createdAt, ...body }
  }

  return {
    async list(): Promise<Room[]> {
      const rooms = await Promise.all((await db.rooms.toArray()).map(open))
      return rooms.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    },

    async byFingerprint(): Promise<Map<string, Room>> {
      return new Map((await this.list()).map((r) => [r.fingerprint, r]))
    },

    async register(input: RoomInput): Promise<Room> {
      need('settings:manage')
      const { name, certificatePem } = parseOrThrow(roomInputSchema, input)
      let cert
      try {
        cert = parseCertificate(certificatePem.trim())
      } catch (e) {
        if (isBundleError(e))
          throw new ValidationError([{ path: 'certificatePem', message: EXPORT_MSG.certificate }])
        throw e
      }
      const id = newId()
      const createdAt = now().toISOString()
      const body = {
        name,
        certificatePem: certificatePem.trim(),
        subject: cert.subject,
        notAfter: cert.notAfter,
        registeredBy: access.actor.id,
      }
      const sealed = await codec.seal(ROOMS, id, body)
      await audit.commit([db.rooms], async () => ({
        entry: {
          actor: access.actor,
          action: 'district.room-register',
          target: { type: 'room', id },
          details: { fingerprint: cert.fingerprint },
        },
        write: async () => {
          if (await db.rooms.where('fingerprint').equals(cert.fingerprint).count()) {
            throw new ValidationError([{ path: 'certificatePem', message: EXPORT_MSG.roomExists }])
          }
          await db.rooms.add({ id, fingerprint: cert.fingerprint, createdAt, body: sealed })
        },
      }))
      return { id, fingerprint: cert.fingerprint, createdAt, ...body }
    },

    async remove(id: string): Promise<void> {
      need('settings:manage')
      await audit.commit([db.rooms, db.imports], async () => ({
        entry: { actor: access.actor, action: 'district.room-remove', target: { type: 'room', id } },
        write: async () => {
          if (await db.imports.where('roomId').equals(id).count()) {
            throw new ValidationError([{ path: 'id', message: EXPORT_MSG.roomHasImports }])
          }
          await db.rooms.delete(id)
        },
      }))
    },
  }
}

export type Rooms = ReturnType<typeof createRooms>
