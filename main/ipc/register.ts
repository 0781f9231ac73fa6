/**
 * Registers one ipcMain handler per entry of the IPC contract. Every call is checked before any
 * handler runs: the sender must be the main window showing the app origin, and the payload must
 * parse with the contract's zod schema (strict: no extra keys). Refusals throw short errors that
 * never echo the payload, which may hold personal data.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { z } from 'zod'
import { contract, type Operation, type ResponseMap } from '../../preload/contract'
import { isAppUrl } from '../security/guards'

/** What a handler learns about the call besides the parsed request. */
export interface HandlerContext {
  sender: WebContents
}

export type ParsedRequest<K extends Operation> = z.output<(typeof contract)[K]['request']>

export type Handlers = {
  [K in Operation]: (request: ParsedRequest<K>, ctx: HandlerContext) => Promise<ResponseMap[K]>
}

export interface RegisterOptions {
  /** The electron-vite dev server URL, accepted as a sender origin in development only. */
  devServerUrl?: string
}

function assertTrustedSender(
  event: IpcMainInvokeEvent,
  isTrustedSender: (sender: WebContents) => boolean,
  devServerUrl: string | undefined,
): void {
  const frame = event.senderFrame
  const trusted = frame !== null && isAppUrl(frame.url, devServerUrl) && isTrustedSender(event.sender)
  if (!trusted) throw new Error('ipc: refused sender')
}

export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedSender: (sender: WebContents) => boolean,
  handlers: Handlers,
  options: RegisterOptions = {},
): void {
  const register = <K extends Operation>(operation: K): void => {
    const { channel } = contract[operation]
    const schema: z.ZodType = contract[operation].request
    // TypeScript cannot follow K through both lookups; schema and handler belong together by key,
    // so the handler receives exactly what this schema produced.
    const handler = handlers[operation] as (request: unknown, ctx: HandlerContext) => Promise<ResponseMap[K]>
    ipcMain.handle(channel, async (event, payload: unknown) => {
      assertTrustedSender(event, isTrustedSender, options.devServerUrl)
      const parsed = schema.safeParse(payload)
      if (!parsed.success) throw new Error(`ipc: malformed payload for ${channel}`)
      return handler(parsed.data, { sender: event.sender })
    })
  }
  for (const operation of Object.keys(contract) as Operation[]) register(operation)
}
