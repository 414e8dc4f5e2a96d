// Keyphrase evaluation on the Arabic Keyphrase Extraction Corpus (Helmy et al., IALP 2016), train split.
// Usage: pnpm eval            (or: pnpm exec tsx eval/akec.ts [--weights '{"position":1}'] [--split])
// P@k = share of our top k found anywhere in the document's gold list; R@k = share of the gold's first 15
// phrases found in our top k; both after normalising (diacritics, tatweel, أ إ آ→ا, ى→ي, ة→ه, punctuation);
// F1 per document, all three macro-averaged over documents.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TfIdf } from "natural/lib/natural/tfidf/index.js";
import { DEFAULT_WEIGHTS, extractKeyphrases, type ScoreWeights } from "../src/index.js";
import { wordTokens } from "../src/text.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataRoot = process.env.MAWJAZ_DATA ?? path.resolve(here, "../../../../shared/data");
const corpusDir = path.join(dataRoot, "akec-train");
const KS = [5, 10, 15] as const;
const GOLD_TOP = 15;

export function matchForm(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
}

interface Doc {
  id: string;
  text: string;
  gold: string[];
}

function loadDocs(): Doc[] {
  const gold = JSON.parse(readFileSync(path.join(corpusDir, "keyphrases.pure.json"), "utf8")) as Record<string, string[]>;
  return readdirSync(path.join(corpusDir, "documents"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, "");
      const text = readFileSync(path.join(corpusDir, "documents", f), "utf8").replace(/^\uFEFF/, "");
      return { id, text, gold: gold[id] ?? [] };
    })
    .filter((d) => d.gold.length > 0);
}

type Scores = Record<number, { p: number; r: number; f: number }>;

function scoreDoc(predicted: readonly string[], gold: readonly string[]): Scores {
  const goldAll = new Set(gold.map(matchForm));
  const goldTop = [...new Set(gold.slice(0, GOLD_TOP).map(matchForm))];
  const out: Scores = {};
  for (const k of KS) {
    const ours = [...new Set(predicted.slice(0, k).map(matchForm))];
    const hits = ours.filter((p) => goldAll.has(p)).length;
    const found = goldTop.filter((g) => ours.includes(g)).length;
    const p = hits / k;
    const r = goldTop.length > 0 ? found / goldTop.length : 0;
    out[k] = { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}

function average(all: Scores[]): Scores {
  const out: Scores = {};
  for (const k of KS) {
    const n = Math.max(1, all.length);
    out[k] = {
      p: all.reduce((s, x) => s + x[k]!.p, 0) / n,
      r: all.reduce((s, x) => s + x[k]!.r, 0) / n,
      f: all.reduce((s, x) => s + x[k]!.f, 0) / n,
    };
  }
  return out;
}

function formatRow(name: string, s: Scores): string {
  return [name.padEnd(28), ...KS.map((k) => `${s[k]!.p.toFixed(3)} ${s[k]!.r.toFixed(3)} ${s[k]!.f.toFixed(3)}`)].join(" | ");
}

/** Baseline: plain TF-IDF over word 1–3-grams (no stopword at either end), IDF over the evaluated documents. */
function tfidfBaseline(docs: readonly Doc[]): string[][] {
  const tfidf = new TfIdf();
  for (const d of docs) {
    const tokens = wordTokens(d.text);
    const grams: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
        const run = tokens.slice(i, i + n);
        if (n > 1 && run.slice(1).some((t) => t.breakBefore)) break;
        const edge = (t: (typeof run)[number]) => !t.stop && t.kind !== "number" && t.kind !== "other";
        if (!edge(run[0]!) || !edge(run[n - 1]!)) continue;
        grams.push(run.map((t) => t.surface).join(" "));
      }
    }
    tfidf.addDocument(grams);
  }
  return docs.map((_, i) =>
    tfidf
      .listTerms(i)
      .sort((a, b) => b.tfidf - a.tfidf || (a.term < b.term ? -1 : 1))
      .slice(0, 15)
      .map((t) => t.term),
  );
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Coordinate ascent over the few global weights, maximising mean F1@10 (used with --tune). */
function tune(docs: readonly Doc[], start: Partial<ScoreWeights>, merge: boolean): void {
  const f10 = (w: Partial<ScoreWeights>) =>
    average(docs.map((d) => scoreDoc(extractKeyphrases(d.text, { top: 15, weights: w, merge }).map((k) => k.phrase), d.gold)))[10]!.f;
  let best = { ...DEFAULT_WEIGHTS, ...start } as ScoreWeights;
  let bestF = f10(best);
  const grids: [keyof ScoreWeights | `lengthPrior.${number}`, number[]][] = [
    ["tfExponent", [0.2, 0.35, 0.5, 0.7, 1]],
    ["wordTfExponent", [0, 0.25, 0.5, 0.75, 1]],
    ["meanPower", [-1, 0, 0.5, 1, 2]],
    ["lengthPrior.2", [1, 1.5, 2, 2.5, 3, 4, 5]],
    ["lengthPrior.3", [0.5, 1, 1.5, 2, 3]],
    ["lengthPrior.4", [0.25, 0.5, 1, 1.5, 2]],
    ["position", [0, 1, 2, 4, 8, 16, 32, 64]],
    ["positionScale", [0.03, 0.06, 0.1, 0.2, 0.4, 1]],
    ["spread", [0, 0.5, 1, 2]],
    ["innerStopword", [0, 0.25, 0.5, 1]],
    ["definiteThenBare", [0.25, 0.5, 0.75, 1]],
    ["prepositionInside", [0.25, 0.5, 0.75, 1]],
    ["pronounSuffix", [0.25, 0.5, 0.75, 1]],
    ["clauseInitialBare", [0.25, 0.5, 0.75, 1]],
    ["nisbaAlone", [0.3, 0.5, 0.7, 1]],
    ["idfCap", [4.5, 5, 5.5, 6, 6.5, 7, 8, 100]],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [name, values] of grids) {
      for (const v of values) {
        const w = { ...best, lengthPrior: [...best.lengthPrior] };
        if (name.startsWith("lengthPrior.")) w.lengthPrior[Number(name.split(".")[1])] = v;
        else (w as unknown as Record<string, number>)[name] = v;
        const f = f10(w);
        if (f > bestF + 1e-9) {
          best = w;
          bestF = f;
          console.log(`F1@10 ${f.toFixed(4)} with ${JSON.stringify(best)}`);
        }
      }
    }
  }
}

function main(): void {
  const docs = loadDocs();
  if (process.argv.includes("--tune")) {
    // --tune-half even|odd: tune on one half only, to see how the weights carry over to the other half
    const half = argValue("--tune-half");
    const tuneDocs = half ? docs.filter((_, i) => i % 2 === (half === "even" ? 0 : 1)) : docs;
    tune(tuneDocs, JSON.parse(argValue("--weights") ?? "{}") as Partial<ScoreWeights>, !process.argv.includes("--no-merge"));
    return;
  }
  const weights = JSON.parse(argValue("--weights") ?? process.env.KW_WEIGHTS ?? "{}") as Partial<ScoreWeights>;
  const merge = !process.argv.includes("--no-merge");
  const t0 = performance.now();
  const mergeRatio = Number(argValue("--merge-ratio") ?? 2);
  const ours = docs.map((d) => extractKeyphrases(d.text, { top: 15, weights, merge, mergeRatio }).map((k) => k.phrase));
  const ms = performance.now() - t0;
  const oursScores = docs.map((d, i) => scoreDoc(ours[i]!, d.gold));
  console.log(`AKEC train: ${docs.length} documents, gold = keyphrases.pure.json (first ${GOLD_TOP} for recall)`);
  console.log(`${"".padEnd(28)} | ${KS.map((k) => `P@${k}  R@${k}  F1@${k}`.padEnd(17)).join(" | ")}`);
  if (!process.argv.includes("--ours-only")) {
    const base = tfidfBaseline(docs);
    console.log(formatRow("TF-IDF 1-3-grams (baseline)", average(docs.map((d, i) => scoreDoc(base[i]!, d.gold)))));
  }
  console.log(formatRow("mawjaz keywords", average(oursScores)));
  if (process.argv.includes("--split")) {
    console.log(formatRow("  even-numbered docs", average(oursScores.filter((_, i) => i % 2 === 0))));
    console.log(formatRow("  odd-numbered docs", average(oursScores.filter((_, i) => i % 2 === 1))));
  }
  console.log(`extraction time: ${ms.toFixed(0)} ms for ${docs.length} documents`);
  if (process.argv.includes("--show")) {
    for (const [i, d] of docs.entries()) {
      if (i >= Number(argValue("--show") ?? 3)) break;
      console.log(`\n${d.id}\n  ours: ${ours[i]!.slice(0, 10).join(" · ")}\n  gold: ${d.gold.slice(0, 15).join(" · ")}`);
    }
  }
}

main();
