/**
 * An image URL for bytes shown in the UI (a signature, the seal): a data: URL, which the CSP allows
 * and which needs no revoking, computed again only when the bytes change.
 */
import { useMemo } from 'react'

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function useBlobUrl(bytes: Uint8Array | null, type: string): string | null {
  return useMemo(() => (bytes ? `data:${type};base64,${base64(bytes)}` : null), [bytes, type])
}
