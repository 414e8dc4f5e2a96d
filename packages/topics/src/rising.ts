/**
 * What is rising: terms, names or stories that the latest days of a corpus use in a larger share of
 * their articles than the earlier days did. A two-window test in the manner of Swan & Allan (2000,
 * "Automatic generation of overview timelines", SIGIR), scored with the signed log-likelihood ratio G²
 * of T. Dunning (1993), "Accurate methods for the statistics of surprise and coincidence",
 * Computational Linguistics 19(1): for each series, a of the N1 articles of the recent window use it
 * against b of the N2 articles before. Kleinberg's (2002) two-state burst automaton was the
 * alternative; the window test was chosen because what it gives (counts in two periods, a ratio, a
 * p-value threshold) is what the briefing prints.
 */
import { keyness } from "@mawjaz/keywords";

/** χ²(1) critical value at p < 0.001: G² above it is a burst. */
export const RISING_MIN_SCORE = 10.83;
/** Fewest days that carry articles: a baseline of one or two days is one or two news agendas, not a rate. */
const MIN_DATED_DAYS = 4;

export interface RisingSeries {
  key: string;
  /** Articles using it per day slot: an array indexed by day, or a map day → articles. */
  daily: ArrayLike<number> | ReadonlyMap<number, number>;
  /**
   * How many sources (outlets) use it in the recent window, when the caller knows. With `minSources`,
   * items used by fewer sources there are left out: an outlet that joins the corpus only in its last
   * days makes its own boilerplate and house vocabulary "rise".
   */
  sources?: number;
}

export interface RisingOptions {
  /** Days in the recent window (default: from the corpus span, see `recentWindowDays`). */
  recentDays?: number;
  /** Fewest articles in the recent window for an item to rise (default 3). */
  minRecent?: number;
  /** Fewest recent sources, for series that give `sources` (default 2; series without it are not filtered). */
  minSources?: number;
  /** How many items to return (default 20; 0 or Infinity = all). */
  top?: number;
}

export interface RisingItem {
  key: string;
  /** signed G² of the recent window against the earlier days (only positive ones are returned) */
  score: number;
  /** articles using it in the recent window, and before it */
  recent: number;
  earlier: number;
  /** ((recent + 0.5) / (N1 + 1)) / ((earlier + 0.5) / (N2 + 1)): how many times more often per article */
  ratio: number;
  /** articles using it per day slot, 0..days-1 */
  daily: number[];
}

export interface DayRange {
  from: number;
  to: number;
}

export interface RisingResult {
  status: "ok" | "no-dates" | "too-few-days";
  recent: DayRange | null;
  baseline: DayRange | null;
  items: RisingItem[];
}

/**
 * Default length of the recent window for a corpus spanning `span` calendar days (first to last day with
 * articles): 1 day up to 6 days, 2 days for 7–20 days, then the last 15% of the span (3 days for 3 weeks,
 * 5 for a month, 14 for three months). A week of news has one "latest" day that can be set against the
 * rest; a longer corpus needs a wider window, or a story that broke two days ago no longer counts.
 */
export function recentWindowDays(span: number): number {
  if (!(span > 0)) return 1;
  if (span < 7) return 1;
  if (span <= 20) return 2;
  return Math.max(2, Math.round(0.15 * span));
}

function dailyArray(days: number, daily: RisingSeries["daily"]): number[] {
  const out = new Array<number>(days).fill(0);
  const put = (d: number, v: unknown): void => {
    const n = Number(v);
    if (Number.isInteger(d) && d >= 0 && d < days && Number.isFinite(n) && n > 0) out[d] = n;
  };
  if (daily instanceof Map) for (const [d, v] of daily) put(d, v);
  else {
    const arr = daily as ArrayLike<number>;
    for (let d = 0; d < Math.min(days, arr.length); d++) put(d, arr[d]);
  }
  return out;
}

const sum = (xs: readonly number[], from: number, to: number): number => {
  let s = 0;
  for (let d = Math.max(0, from); d <= to && d < xs.length; d++) s += xs[d]!;
  return s;
};

/**
 * Series whose share of articles bursts in the latest days against the earlier days of the corpus.
 * `days` day slots (consecutive calendar days, 0..days-1), `totals` articles per day. Items have at least
 * `minRecent` recent articles, a higher rate than before and G² > 10.83 (p < 0.001); strongest first.
 * Status "no-dates" when no day has articles, "too-few-days" when fewer than 4 days do or the window
 * leaves nothing before it.
 */
export function findRising(
  days: number,
  totals: ArrayLike<number>,
  series: readonly RisingSeries[],
  options: RisingOptions = {},
): RisingResult {
  const slots = Number.isInteger(days) && days > 0 ? days : 0;
  const perDay = dailyArray(slots, totals);
  const dated = perDay.map((n, d) => (n > 0 ? d : -1)).filter((d) => d >= 0);
  if (dated.length === 0) return { status: "no-dates", recent: null, baseline: null, items: [] };
  const first = dated[0]!;
  const last = dated[dated.length - 1]!;
  const requested = options.recentDays;
  const width =
    requested !== undefined && Number.isFinite(requested) && requested >= 1
      ? Math.floor(requested)
      : recentWindowDays(last - first + 1);
  const recent = { from: Math.max(first, last - width + 1), to: last };
  const baseline = { from: first, to: recent.from - 1 };
  const n1 = sum(perDay, recent.from, recent.to);
  const n2 = baseline.to >= baseline.from ? sum(perDay, baseline.from, baseline.to) : 0;
  if (dated.length < MIN_DATED_DAYS || n2 <= 0) return { status: "too-few-days", recent: null, baseline: null, items: [] };

  const minRecent = options.minRecent ?? 3;
  const minSources = options.minSources ?? 2;
  const items: RisingItem[] = [];
  for (const s of series) {
    if (s.sources !== undefined && s.sources < minSources) continue;
    const daily = dailyArray(slots, s.daily);
    const a = sum(daily, recent.from, recent.to);
    if (a < minRecent) continue;
    const b = sum(daily, baseline.from, baseline.to);
    const score = keyness(a, n1, b, n2);
    if (!(score > RISING_MIN_SCORE)) continue;
    const ratio = (a + 0.5) / (n1 + 1) / ((b + 0.5) / (n2 + 1));
    items.push({ key: s.key, score, recent: a, earlier: b, ratio, daily });
  }
  items.sort((x, y) => y.score - x.score || y.recent - x.recent || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const top = options.top ?? 20;
  return { status: "ok", recent, baseline, items: top > 0 && Number.isFinite(top) ? items.slice(0, top) : items };
}
