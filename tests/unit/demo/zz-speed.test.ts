import { it } from 'vitest'
import { generateDemoCases } from '../../../renderer/src/domain/demo'
it('speed', () => {
  const now = new Date('2026-11-25T02:00:00Z')
  generateDemoCases({ seed: 1, count: 2000, now })
  for (const n of [10000, 100000]) {
    const t = performance.now()
    let total = 0
    for (let s = 0; s < n; s += 2000) total += generateDemoCases({ seed: 1, count: 2000, now, startIndex: s }).length
    process.stdout.write(`${total}: ${(performance.now() - t).toFixed(0)} ms\n`)
  }
})
