/**
 * How specific a stem is in general news, from a background table of document
 * frequencies (data/background-df.json, built by scripts/build-background.ts from
 * a large news corpus; see data/README.md). Returned as a weight in (0, 1]:
 * ln(N / df) / ln(N), 1 for stems rarer than the table keeps (names, specific
 * words), near 0 for stems in most articles.
 */
import table from "../data/background-df.json" with { type: "json" };

interface BackgroundTable {
  documents: number;
  /** [df, "stem stem …"] groups. */
  byDf: [number, string][];
}

const data = table as unknown as BackgroundTable;
const N = Math.max(2, Number(data.documents) || 2);
const DF = new Map<string, number>();
for (const [df, stems] of data.byDf ?? []) for (const stem of String(stems).split(" ")) if (stem) DF.set(stem, Number(df));

export function backgroundDf(stem: string): number {
  return DF.get(stem) ?? 0;
}

export function backgroundIdf(stem: string): number {
  const df = DF.get(stem);
  if (df === undefined || df <= 0) return 1;
  return Math.max(0.01, Math.log(N / df) / Math.log(N));
}
