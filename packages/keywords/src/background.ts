// Background document frequencies of stems (SaudiNewsNet, see data/README.md) and the IDF they give.
import table from "../data/df.json" with { type: "json" };

interface DfTable {
  documents: number;
  byDf: (readonly [number, string])[] | (number | string)[][];
  /** The corpus's most frequent word forms and the stems they had when the table was built. */
  probe?: { forms: string; stems: string };
}

function loadDf(t: DfTable): Map<string, number> {
  const df = new Map<string, number>();
  for (const entry of t.byDf) {
    const d = Number(entry[0]);
    const stems = String(entry[1] ?? "");
    if (!stems) continue;
    for (const stem of stems.split(" ")) df.set(stem, d);
  }
  return df;
}

const DF = loadDf(table as unknown as DfTable);
const N = Math.max(1, Number((table as unknown as DfTable).documents) || 1);

/** Number of background articles the stem occurs in (0 when unseen or pruned as rare). */
export function backgroundDf(stem: string): number {
  return DF.get(stem) ?? 0;
}

export const backgroundSize = N;

/** Smoothed inverse document frequency (Salton & Buckley 1988): ln((N + 1) / (df + 1)). */
export function idf(stem: string): number {
  return Math.log((N + 1) / (backgroundDf(stem) + 1));
}

/**
 * The corpus's most frequent word forms (search normal form) with the stems the table was built
 * with: when the stemmer gives another stem for any of them, data/df.json must be rebuilt.
 */
export function backgroundProbe(): { form: string; stem: string }[] {
  const probe = (table as unknown as DfTable).probe;
  if (!probe) return [];
  const stems = probe.stems.split(" ");
  return probe.forms.split(" ").map((form, i) => ({ form, stem: stems[i] ?? "" }));
}
