/**
 * One HTTPS POST of a bundle. HTTPS only: any other scheme is refused before a socket opens.
 * Redirects are not followed (the bundle must go where the administrator said), the answer's body
 * is kept up to a bound, and a stalled or endless exchange is cut by timeouts.
 */
import * as https from 'node:https'

export interface SendRequest {
  url: string
  bytes: Uint8Array
  sha256: string
  /** The job id: the same on every retry, so the district can drop a duplicate. */
  idempotencyKey: string
}

export interface SendResponse {
  status: number
  /** At most `maxBodyBytes` of the answer. */
  body: Uint8Array
  truncated: boolean
  retryAfter: string | null
}

export type Send = (request: SendRequest) => Promise<SendResponse>

export interface HttpsSendOptions {
  /**
   * Trusted certificate authorities instead of Node's bundled list. For tests against a local
   * server with a self-signed certificate only; the app passes nothing.
   */
  ca?: string | Buffer
  /** No byte in either direction for this long ends the attempt. */
  idleTimeoutMs?: number
  /** The whole exchange may take at most this long (large bundles on slow lines). */
  totalTimeoutMs?: number
  maxBodyBytes?: number
}

export const MAX_RECEIPT_BYTES = 64 * 1024

/** Thrown for anything that is not an https:// URL; it carries a code, never the URL. */
export class NotHttpsError extends Error {
  readonly code = 'ERR_NOT_HTTPS'
  constructor() {
    super('upload: only https endpoints are allowed')
  }
}

function timeoutError(): Error {
  return Object.assign(new Error('upload: timed out'), { code: 'ETIMEDOUT' })
}

export function makeHttpsSend(options: HttpsSendOptions = {}): Send {
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000
  const totalTimeoutMs = options.totalTimeoutMs ?? 10 * 60_000
  const maxBodyBytes = options.maxBodyBytes ?? MAX_RECEIPT_BYTES

  return (request) =>
    new Promise<SendResponse>((resolve, reject) => {
      let url: URL
      try {
        url = new URL(request.url)
      } catch {
        return reject(new NotHttpsError())
      }
      if (url.protocol !== 'https:') return reject(new NotHttpsError())

      const req = https.request(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/zip',
          'Content-Length': String(request.bytes.byteLength),
          'X-Bundle-Sha256': request.sha256,
          'Idempotency-Key': request.idempotencyKey,
          Accept: 'application/json, text/plain;q=0.9, */*;q=0.1',
        },
        ...(options.ca !== undefined ? { ca: options.ca } : {}),
        signal: AbortSignal.timeout(totalTimeoutMs),
      })
      req.setTimeout(idleTimeoutMs, () => req.destroy(timeoutError()))
      req.on('error', reject)
      req.on('response', (res) => {
        const chunks: Buffer[] = []
        let kept = 0
        let truncated = false
        res.on('data', (chunk: Buffer) => {
          // Past the bound the rest is read and dropped, so the connection ends cleanly.
          const room = maxBodyBytes - kept
          if (chunk.byteLength > room) truncated = true
          if (room > 0) {
            const part = chunk.subarray(0, room)
            chunks.push(part)
            kept += part.byteLength
          }
        })
        res.on('error', reject)
        res.on('end', () => {
          const retryAfter = res.headers['retry-after']
          resolve({
            status: res.statusCode ?? 0,
            body: new Uint8Array(Buffer.concat(chunks)),
            truncated,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          })
        })
      })
      req.end(request.bytes)
    })
}
