/**
 * The report's own numbers and dates, in Latin (0-9) or Arabic-Indic (٠-٩) digits.
 * Article text is never passed through here: only counts, shares, scores, dates and page numbers.
 */
export type Locale = "ar" | "en"
export type Digits = "latin" | "arabic"

export interface Formatter {
  int(n: number): string
  percent(share: number): string
  score(x: number): string
  /** One decimal (keyness, ratios). */
  decimal(x: number): string
  /** Day and short month, for chart axes ("21 Jul"). */
  shortDate(iso: string): string
  /** Month and year, for charts binned by month. */
  month(iso: string): string
  date(iso: string | null, unknown: string): string
  dateRange(from: string | null, to: string | null, unknown: string): string
  timestamp(iso: string): string
  digits(text: string): string
}

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"

/** Maps ASCII digits (and the decimal point between digits) to Arabic-Indic ones. */
export function toArabicDigits(text: string): string {
  return text
    .replace(/(\d)\.(\d)/g, "$1٫$2")
    .replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!)
}

function intlLocale(locale: Locale, digits: Digits): string {
  return `${locale}-u-nu-${digits === "arabic" ? "arab" : "latn"}`
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function createFormatter(locale: Locale = "ar", digits: Digits = "latin"): Formatter {
  const tag = intlLocale(locale, digits)
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const percent = new Intl.NumberFormat(tag, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 })
  const score = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const longDate = new Intl.DateTimeFormat(`${tag}-ca-gregory`, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
  const decimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const dayMonth = new Intl.DateTimeFormat(`${tag}-ca-gregory`, { day: "numeric", month: "short", timeZone: "UTC" })
  const monthYear = new Intl.DateTimeFormat(`${tag}-ca-gregory`, { month: "short", year: "numeric", timeZone: "UTC" })
  const stamp = new Intl.DateTimeFormat(`${tag}-ca-gregory`, {
    day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC"
  })
  const toDigits = digits === "arabic" ? toArabicDigits : (s: string) => s
  const safe = (n: number) => (Number.isFinite(n) ? n : 0)
  // Dates repeat across thousands of articles: each is formatted once.
  const dates = new Map<string, string>()
  const date = (iso: string | null, unknown: string): string => {
    if (!iso) return unknown
    let out = dates.get(iso)
    if (out === undefined) {
      out = withDate(iso, longDate) ?? toDigits(iso.slice(0, 40))
      dates.set(iso, out)
    }
    return out
  }
  const withDate = (iso: string, format: Intl.DateTimeFormat): string | null => {
    const m = ISO_DATE.exec(iso)
    if (!m) return null
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
    return Number.isNaN(d.getTime()) ? null : format.format(d)
  }
  return {
    int: (n) => integer.format(safe(n)),
    percent: (x) => percent.format(safe(x)),
    score: (x) => score.format(safe(x)),
    decimal: (x) => decimal.format(safe(x)),
    shortDate: (iso) => withDate(iso, dayMonth) ?? toDigits(iso),
    month: (iso) => withDate(iso, monthYear) ?? toDigits(iso),
    date,
    dateRange(from, to, unknown) {
      if (from === null && to === null) return unknown
      if (from === to || to === null) return date(from, unknown)
      if (from === null) return date(to, unknown)
      return `${date(from, unknown)} – ${date(to, unknown)}`
    },
    timestamp(iso) {
      const d = new Date(iso)
      return Number.isNaN(d.getTime()) ? toDigits(iso) : `${stamp.format(d)} UTC`
    },
    digits: toDigits
  }
}

/** A counted noun's forms by plural category (Arabic has six: مقال واحد، مقالان، ٣ مقالات، ١١ مقالًا، ١٠٠ مقال). */
export interface CountForms {
  zero: string
  one: string
  two: string
  few: string
  many: string
  other: string
}

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {}

/** `n` with its noun in the right plural form for the locale; `{n}` in a form is the formatted number. */
export function counted(n: number, forms: CountForms, locale: Locale, int: (n: number) => string): string {
  const rules = (pluralRules[locale] ??= new Intl.PluralRules(locale))
  const form = forms[rules.select(Number.isFinite(n) ? n : 0) as keyof CountForms] ?? forms.other
  return form.replace("{n}", int(n))
}
