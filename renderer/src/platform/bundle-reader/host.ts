/**
 * The worker's side: opens the bundle with the same code the command line and the Node tests call
 * directly (domain/export/bundle-session.ts), then answers requests for case files. A refusal goes
 * back as its code and parameters (which never hold personal data); anything else only as a failure,
 * without its message.
 */
import { isBundleError } from '../../domain/export/bundle-errors'
import { openBundle, type BundleSession } from '../../domain/export/bundle-session'
import type { FromReader, ReaderPort, ToReader } from './protocol'

function failure(id: number | null, error: unknown): FromReader {
  return isBundleError(error)
    ? { kind: 'refused', id, code: error.code, params: error.params }
    : { kind: 'failed', id }
}

export function serveBundleReader(port: ReaderPort): void {
  let session: Promise<BundleSession> | null = null

  async function handle(message: ToReader): Promise<void> {
    if (message.kind === 'open') {
      if (session) return
      session = openBundle(message.bytes, {
        trusted: new Map(message.trusted.map((c) => [c.fingerprint, c])),
        limits: message.limits,
        onProgress: (done, total) => port.postMessage({ kind: 'progress', done, total }),
      })
      try {
        port.postMessage({ kind: 'opened', bundle: (await session).bundle })
      } catch (error) {
        port.postMessage(failure(null, error))
      }
      return
    }
    try {
      if (!session) throw new Error('no bundle open')
      const cases = await (await session).casesFile(message.path)
      port.postMessage({ kind: 'cases', id: message.id, cases })
    } catch (error) {
      port.postMessage(failure(message.id, error))
    }
  }

  port.onmessage = (event) => void handle(event.data)
}
