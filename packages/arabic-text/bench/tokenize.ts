/**
 * Throughput of tokenize, normalize ("search" and "display") and splitSentences on the first 2,000
 * SaudiNewsNet articles (title + content). Run: pnpm bench  (env ARTICLES=n to change the count).
 */
import { normalize, splitSentences, tokenize } from "../src/index.js";
import { readNews } from "./corpus.js";

const count = Number(process.env.ARTICLES ?? 2000);
const texts = await readNews(count);
const chars = texts.reduce((s, t) => s + t.length, 0);
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0);
console.log(`input: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${(bytes / 1e6).toFixed(2)} MB UTF-8`);

function measure(name: string, run: () => number, unit: string): void {
  run(); // warm-up
  const rounds: number[] = [];
  let units = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    units = run();
    rounds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  rounds.sort((a, b) => a - b);
  const best = rounds[0]!;
  const median = rounds[2]!;
  const rate = (s: number) => `${(units / s / 1e6).toFixed(2)} M ${unit}/s, ${(bytes / s / 1e6).toFixed(1)} MB/s`;
  console.log(`${name.padEnd(22)} ${units} ${unit}; best ${rate(best)}; median ${rate(median)}`);
}

measure("tokenize", () => {
  let n = 0;
  for (const t of texts) n += tokenize(t).length;
  return n;
}, "tokens");

measure("normalize search", () => {
  let n = 0;
  for (const t of texts) n += normalize(t, "search").length;
  return n;
}, "chars");

measure("normalize display", () => {
  let n = 0;
  for (const t of texts) n += normalize(t, "display").length;
  return n;
}, "chars");

measure("splitSentences", () => {
  let n = 0;
  for (const t of texts) n += splitSentences(t).length;
  return n;
}, "sentences");

console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; node ${process.version}`);
