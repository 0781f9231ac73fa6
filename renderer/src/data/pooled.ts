/**
 * `fn` over `items`, at most `width` at a time, results in the items' order (issue 17). Work made
 * of many short awaits — WebCrypto calls, small IndexedDB reads — done one item after another
 * leaves the main thread idle between round trips; a small pool overlaps them.
 */
export async function mapPooled<T, R>(
  items: readonly T[],
  width: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return out
}
