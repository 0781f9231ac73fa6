/**
 * The deadline badges' counts (issue 17 item 1): exact up to the cap, "cap + 1" beyond it, read as
 * the keys of at most cap + 1 index entries — and shown as "999+".
 */
import { Dexie, type Table } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { cappedCount } from '../../../renderer/src/data/repositories/cases/case-deadlines'
import { DEADLINE_COUNT_CAP, formatCappedCount } from '../../../renderer/src/domain/deadlines/count-cap'

type Row = { id: string; dueDate: string }
let db: (Dexie & { cases: Table<Row, string> }) | null = null

afterEach(async () => {
  db?.close()
  if (db) await Dexie.delete(db.name)
  db = null
})

async function withDueDates(dates: string[]) {
  db = new Dexie(`cap-${Math.random()}`) as Dexie & { cases: Table<Row, string> }
  db.version(1).stores({ cases: 'id, dueDate' })
  await db.cases.bulkAdd(dates.map((dueDate, i) => ({ id: `c${i}`, dueDate })))
  return db.cases
}

describe('capped deadline counts', () => {
  it('counts a range exactly up to the cap, and as cap + 1 beyond it', async () => {
    const cases = await withDueDates([
      ...Array.from({ length: 7 }, () => '2026-01-05'),
      ...Array.from({ length: 3 }, () => '2026-03-02'),
      '',
    ])
    const overdue = () => cases.where('dueDate').between('0000', '2026-03-01', true, false)
    expect(await cappedCount(overdue(), 10)).toBe(7)
    expect(await cappedCount(overdue(), 7)).toBe(7)
    expect(await cappedCount(overdue(), 6)).toBe(7)
    expect(await cappedCount(overdue(), 3)).toBe(4)
    expect(await cappedCount(cases.where('dueDate').equals('2026-03-02'), 5)).toBe(3)
    expect(await cappedCount(cases.where('dueDate').equals('2027-01-01'), 5)).toBe(0)
  })

  it('shows a count over the cap as "999+", any other as the figure', () => {
    expect(DEADLINE_COUNT_CAP).toBe(999)
    expect(formatCappedCount(0)).toBe('0')
    expect(formatCappedCount(999)).toBe('999')
    expect(formatCappedCount(1000)).toBe('999+')
    expect(formatCappedCount(4, 3)).toBe('3+')
  })
})
