/**
 * The upload queue as the main process has it, read again every few seconds while the screen is
 * open (the queue changes on its own: retries, receipts). Polling keeps the IPC contract to plain
 * request/response; a list is a few hundred bytes per bundle.
 */
import { useCallback, useEffect, useState } from 'react'
import type { UploadListResult, UploadPlatform } from '../../../platform'

export const UPLOAD_POLL_MS = 3000

export interface UploadQueueState {
  data: UploadListResult | null
  failed: boolean
  refresh: () => Promise<void>
}

export function useUploadQueue(upload: UploadPlatform, intervalMs = UPLOAD_POLL_MS): UploadQueueState {
  const [data, setData] = useState<UploadListResult | null>(null)
  const [failed, setFailed] = useState(false)

  const refresh = useCallback(async () => {
    try {
      setData(await upload.list())
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }, [upload])

  useEffect(() => {
    if (!upload.available) return
    let live = true
    const tick = () => {
      if (live) void refresh()
    }
    tick()
    const timer = setInterval(tick, intervalMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [upload, refresh, intervalMs])

  return { data, failed, refresh }
}
