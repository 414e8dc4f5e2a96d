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

/**
 * Wall-clock time of 5 runs after a warm-up (best and median), and the process CPU time of the best
 * run: on a machine shared with other jobs the CPU time is the steadier measure of the code itself.
 */
function measure(name: string, run: () => number, unit: string): void {
  run(); // warm-up
  const rounds: { wall: number; cpu: number }[] = [];
  let units = 0;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    units = run();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    rounds.push({ wall, cpu: (c.user + c.system) / 1e6 });
  }
  rounds.sort((a, b) => a.wall - b.wall);
  const rate = (s: number) => `${(units / s / 1e6).toFixed(2)} M ${unit}/s, ${(bytes / s / 1e6).toFixed(1)} MB/s`;
  const cpuBest = Math.min(...rounds.map((r) => r.cpu));
  console.log(`${name.padEnd(18)} ${units} ${unit}`);
  console.log(`  wall best   ${rate(rounds[0]!.wall)}`);
  console.log(`  wall median ${rate(rounds[2]!.wall)}`);
  console.log(`  per CPU-s   ${rate(cpuBest)}`);
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

const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; node ${process.version}; load average ${load}`);
