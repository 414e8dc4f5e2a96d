/**
 * Dates in story detection: reports of one event cluster in time (Allan et al. 1998;
 * Yang, Pierce & Carbonell 1998, "A study on retrospective and on-line event
 * detection", who decay similarity with the distance in time). Articles whose dates
 * are far apart report different events even when they name the same actors.
 */

/** Days since 1970-01-01 for a YYYY-MM-DD (or longer ISO) date, else null. */
export function parseDay(date: string | null | undefined): number | null {
  if (typeof date !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** Within a week: no penalty (follow-ups of one event). */
export const SAME_EVENT_DAYS = 7;
/** Beyond this many days apart two articles are never one story. */
export const MAX_STORY_DAYS = 45;

/**
 * Multiplier for the similarity of two articles from their dates: 1 within a week,
 * then an exponential decay (half-life one week), 0 beyond 45 days; 1 when either
 * date is unknown (no evidence either way).
 */
export function dateDistanceFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1;
  const distance = Math.abs(a - b);
  if (distance <= SAME_EVENT_DAYS) return 1;
  if (distance > MAX_STORY_DAYS) return 0;
  return Math.pow(0.5, (distance - SAME_EVENT_DAYS) / 7);
}
