/**
 * Local time: at 07:30 in Asia/Shanghai it is still the previous day in UTC. Every date a person
 * reads or a file name carries is the room's day; stored instants stay UTC.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  localDateOf,
  localDayEnd,
  localDayStart,
  localStamp,
  todayIso,
} from '../../../renderer/src/domain/shared/dates'
import {
  createSelfIssuedIdentity,
  describeCertificate,
} from '../../../renderer/src/output/signing/certificate'
import { chineseDateOfInstant } from '../../../renderer/src/output/documents/format'

const previousTz = process.env.TZ
// 2026-12-04 07:30 in Shanghai is 2026-12-03 23:30 UTC.
const AT_0730 = new Date('2026-12-03T23:30:00.000Z')

beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai'
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(AT_0730)
})
afterAll(() => {
  vi.useRealTimers()
  process.env.TZ = previousTz
})

describe('at 07:30 Asia/Shanghai', () => {
  it('today, file stamps and the day of an instant are the local day', () => {
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-12-03') // UTC: yesterday
    expect(todayIso()).toBe('2026-12-04')
    expect(localStamp(new Date())).toBe('20261204-0730')
    expect(localDateOf(new Date().toISOString())).toBe('2026-12-04')
    expect(chineseDateOfInstant(new Date().toISOString())).toBe('2026年12月4日')
  })

  it('a local day as UTC instants: from 16:00 the day before to just before 16:00', () => {
    expect(localDayStart('2026-12-04')).toBe('2026-12-03T16:00:00.000Z')
    expect(localDayEnd('2026-12-04')).toBe('2026-12-04T15:59:59.999Z')
  })

  it('a certificate made now is valid from the start of the local day, stored as a UTC instant', async () => {
    const identity = await createSelfIssuedIdentity(
      { organisation: '某街道人民调解委员会' },
      { now: new Date() },
    )
    const info = await describeCertificate(identity.certificatePem)
    expect(info.notBefore).toBe('2026-12-03T16:00:00.000Z')
    expect(localDateOf(info.notBefore)).toBe('2026-12-04')
  })
})
