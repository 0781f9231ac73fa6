/** Calendar dates are stored as ISO `YYYY-MM-DD` strings; instants as ISO timestamps. */

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/**
 * The room's calendar day of a stored instant (ISO timestamp, UTC): the day a person in the room
 * reads. The room's time zone is this computer's (Asia/Shanghai in a Chinese office), never UTC.
 */
export function localDateOf(instant: string | Date): string {
  return todayIso(typeof instant === 'string' ? new Date(instant) : instant)
}

/** The first and last instant (ISO, UTC) of a local calendar day `YYYY-MM-DD`, for ranges over instants. */
export function localDayStart(date: string): string {
  return new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  ).toISOString()
}

export function localDayEnd(date: string): string {
  const start = new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) + 1,
  )
  return new Date(start.getTime() - 1).toISOString()
}

/** A local date and minute for file names: `YYYYMMDD-HHmm`. */
export function localStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`
}
