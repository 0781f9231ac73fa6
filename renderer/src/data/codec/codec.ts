/**
 * How a record's personal part is sealed before it reaches IndexedDB. Repositories call a codec and
 * never know whether it encrypts: the plaintext codec exists for tests of layers above and is
 * replaced by the AES-GCM codec once a user has unlocked the workspace.
 */

export type SealedBody =
  | { alg: 'none'; data: unknown }
  | {
      alg: 'A256GCM'
      kid: string
      v: number
      iv: Uint8Array
      ct: Uint8Array
      /** The row revision bound into the additional data (absent in bodies sealed before it existed). */
      r?: number
    }

export interface RecordCodec {
  seal(table: string, id: string, value: unknown): Promise<SealedBody>
  open(table: string, id: string, body: SealedBody): Promise<unknown>
}

export const plaintextCodec: RecordCodec = {
  seal: (_table, _id, value) => Promise.resolve({ alg: 'none', data: value }),
  open: (_table, _id, body) => {
    if (body.alg !== 'none') return Promise.reject(new Error('codec: sealed body needs a key'))
    return Promise.resolve(body.data)
  },
}
