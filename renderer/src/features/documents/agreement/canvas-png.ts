/**
 * A drawn signature as PNG bytes: the canvas cropped to the ink (plus a small margin), so the
 * signature fills its place on the page instead of floating in an empty box. Transparent background.
 */
const MARGIN = 8

export async function trimmedPng(source: HTMLCanvasElement): Promise<Uint8Array | null> {
  const ctx = source.getContext('2d')
  if (!ctx) return null
  const { width, height } = source
  const pixels = ctx.getImageData(0, 0, width, height).data
  let top = height
  let left = width
  let right = -1
  let bottom = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((pixels[(y * width + x) * 4 + 3] ?? 0) === 0) continue
      if (x < left) left = x
      if (x > right) right = x
      if (y < top) top = y
      if (y > bottom) bottom = y
    }
  }
  if (right < 0) return null
  const x = Math.max(0, left - MARGIN)
  const y = Math.max(0, top - MARGIN)
  const w = Math.min(width, right + MARGIN + 1) - x
  const h = Math.min(height, bottom + MARGIN + 1) - y
  const out = document.createElement('canvas')
  out.width = w
  out.height = h
  out.getContext('2d')?.drawImage(source, x, y, w, h, 0, 0, w, h)
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'))
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null
}
