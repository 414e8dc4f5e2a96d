/**
 * The corpus's calendar: every day from its first to its last dated article, so that daily series
 * (articles per day, a term's articles per day) line up and a day without articles shows as 0.
 */

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null. */
export const dayNumber = (date: string | null | undefined): number | null => {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const t = Date.parse(`${date}T00:00:00Z`)
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null
}

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10)

/**
 * A corpus spanning more than this many days is still given every day; the bound only keeps a stray
 * date (a misparsed year) from making a calendar of centuries.
 */
const MAX_DAYS = 3660

export interface Calendar {
  /** Every day from the first to the last date, YYYY-MM-DD. */
  readonly days: ReadonlyArray<string>
  /** The day index of each input date (into `days`), null when undated or outside the calendar. */
  readonly index: ReadonlyArray<number | null>
}

/**
 * The calendar of a list of dates. When the dates span more than MAX_DAYS, the calendar covers the
 * latest MAX_DAYS days that hold dates (older dates count as undated for daily series).
 */
export const calendarOf = (dates: ReadonlyArray<string | null>): Calendar => {
  const numbers = dates.map(dayNumber)
  let first = Infinity
  let last = -Infinity
  for (const d of numbers) {
    if (d === null) continue
    if (d < first) first = d
    if (d > last) last = d
  }
  if (!Number.isFinite(first)) return { days: [], index: numbers.map(() => null) }
  first = Math.max(first, last - MAX_DAYS + 1)
  const days = Array.from({ length: last - first + 1 }, (_, i) => isoDay(first + i))
  return { days, index: numbers.map((d) => (d === null || d < first ? null : d - first)) }
}
