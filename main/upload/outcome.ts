/**
 * What an answer means for the job: done, try again later, or refused for good. 408 and 429 (and
 * every 5xx) are the server saying "not now"; other 4xx, and redirects (never followed, so that the
 * bundle goes nowhere but the configured address), will not change by retrying the same request.
 */
import type { UploadReceipt } from '../../preload/contract'
import type { SendResponse } from './https-send'

export type Outcome = 'done' | 'retry' | 'failed'

export function classify(status: number): Outcome {
  if (status >= 200 && status < 300) return 'done'
  if (status === 408 || status === 429 || status >= 500) return 'retry'
  return 'failed'
}

/** The body as JSON when it parses (and was not cut), else as text. */
export function decodeBody(response: SendResponse): Pick<UploadReceipt, 'body' | 'truncated'> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(response.body)
  if (!response.truncated && text.trim() !== '') {
    try {
      return { body: JSON.parse(text) as unknown, truncated: false }
    } catch {
      // not JSON: kept as text
    }
  }
  return { body: text, truncated: response.truncated }
}

/** The code of a failed exchange (ECONNREFUSED, ETIMEDOUT, a TLS code…), never its message. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^[A-Za-z0-9_.-]{1,100}$/.test(code)) return code
  return (error as { name?: unknown } | null)?.name === 'AbortError' ? 'ETIMEDOUT' : 'ERR_UNKNOWN'
}
