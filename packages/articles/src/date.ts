/**
 * Dates as they are written in Arabic news: ISO (2024-06-19 17:50), day/month/year with
 * / - or ., "17th, September 2023", "September 17, 2023", "17 أيلول 2023" with either
 * month-name series (تموز and يوليو), "أيلول/سبتمبر" pairs, Arabic-Indic digits, and
 * relative words (اليوم، أمس، day names) — the last only when an anchor date is given.
 */
import table from "../data/months.json" with { type: "json" };
import { fold } from "./fold.js";

export interface DateOptions {
  /** YYYY-MM-DD: the date relative words ("أمس", "الثلاثاء") are resolved against. */
  anchor?: string | null;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  table.months.flatMap((names, i) => names.map((n) => [fold(n), i + 1] as const)),
);
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  table.weekdays.flatMap((names, i) => names.map((n) => [fold(n), i] as const)),
);
const RELATIVE: ReadonlyMap<string, number> = new Map(
  Object.entries(table.relative).map(([k, v]) => [fold(k), v] as const),
);

/** Month names (folded), longest first so "تشرين الثاني" wins over "تشرين". */
const MONTH_ALTERNATION = [...MONTHS.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
const ORD = "(?:st|nd|rd|th)?";
const DAY_MONTH_YEAR = new RegExp(`(?:^| )(\\d{1,2})${ORD} (?:(?:${MONTH_ALTERNATION}) )?(${MONTH_ALTERNATION}) (\\d{4})(?: |$)`);
const MONTH_DAY_YEAR = new RegExp(`(?:^| )(${MONTH_ALTERNATION}) (\\d{1,2})${ORD} (\\d{4})(?: |$)`);
const MONTH_YEAR = new RegExp(`(?:^| )(${MONTH_ALTERNATION}) (\\d{4})(?: |$)`);

/** First date found in the text, as YYYY-MM-DD, or null. Never throws. */
export function parseDate(text: string, options: DateOptions = {}): string | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  const digits = asciiDigits(text);
  const iso = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(digits);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  const dmy = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/.exec(digits);
  if (dmy) return ymd(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  const folded = fold(digits);
  const a = DAY_MONTH_YEAR.exec(folded);
  if (a) return ymd(+a[3]!, MONTHS.get(a[2]!) ?? 0, +a[1]!);
  const b = MONTH_DAY_YEAR.exec(folded);
  if (b) return ymd(+b[3]!, MONTHS.get(b[1]!) ?? 0, +b[2]!);
  return relativeDate(folded, options.anchor ?? null);
}

/** A month and year without a day ("تموز 2023") → the first of the month; used only for date lines. */
export function parseMonthYear(text: string): string | null {
  const m = MONTH_YEAR.exec(fold(asciiDigits(text)));
  return m ? ymd(+m[2]!, MONTHS.get(m[1]!) ?? 0, 1) : null;
}

function relativeDate(folded: string, anchor: string | null): string | null {
  if (!anchor) return null;
  const base = toDate(anchor);
  if (!base) return null;
  const padded = ` ${folded} `;
  const rel = [...RELATIVE.entries()].sort((x, y) => y[0].length - x[0].length);
  for (const [word, offset] of rel) {
    if (padded.includes(` ${word} `)) return shift(base, offset);
  }
  for (const [word, weekday] of WEEKDAYS) {
    if (padded.includes(` ${word} `) || padded.includes(` يوم ${word} `)) {
      // A day name in a news report means the most recent such day, the anchor day included.
      const back = (base.getUTCDay() - weekday + 7) % 7;
      return shift(base, -back);
    }
  }
  return null;
}

function shift(base: Date, days: number): string {
  const d = new Date(base.getTime() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function toDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February and the like
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words of a date line that are not part of a date: not digits, month or weekday names, ordinals. */
export function dateFreeWords(text: string): number {
  let rest = ` ${fold(asciiDigits(text))} `;
  for (const name of [...MONTHS.keys(), ...WEEKDAYS.keys()].sort((a, b) => b.length - a.length)) {
    while (rest.includes(` ${name} `)) rest = rest.replace(` ${name} `, " ");
  }
  return rest.split(" ").filter((w) => w.length > 1 && !/^\d+(?:st|nd|rd|th)?$/.test(w)).length;
}
