// Throughput: keyphrases (and term counts) for the first N SaudiNewsNet articles, streamed from .jsonl.gz.
// Usage: pnpm bench  (or: pnpm exec tsx bench/keywords.ts [N=10000] [path/to/file.jsonl.gz])
// Articles are read and processed one at a time, so memory stays bounded whatever N is.
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { countTerms, extractKeyphrases } from "../src/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataRoot = process.env.MAWJAZ_DATA ?? path.resolve(here, "../../../../shared/data");
const limit = Number(process.argv[2] ?? 10_000);
const input = process.argv[3] ?? path.join(dataRoot, "news/saudinewsnet.jsonl.gz");

async function main(): Promise<void> {
  const started = performance.now();
  let extracting = 0;
  let extractingCpu = 0;
  let articles = 0;
  let chars = 0;
  let phrases = 0;
  let peakHeap = 0;
  const sample: string[] = [];
  const lines = createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (articles >= limit) break;
    if (!line.trim()) continue;
    let text = "";
    try {
      const rec = JSON.parse(line) as { content?: unknown };
      text = typeof rec.content === "string" ? rec.content : "";
    } catch {
      continue;
    }
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const keys = extractKeyphrases(text, { top: 10 });
    const dc = process.cpuUsage(c0);
    extractingCpu += (dc.user + dc.system) / 1000;
    extracting += performance.now() - t0;
    articles++;
    chars += text.length;
    phrases += keys.length;
    if (articles <= 3) sample.push(keys.slice(0, 6).map((k) => k.phrase).join(" · "));
    if (articles % 1000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  lines.close();
  const total = performance.now() - started;
  console.log(`extractKeyphrases: ${articles} articles (${(chars / 1e6).toFixed(1)} M chars) in ${(extracting / 1000).toFixed(1)} s wall, ${(extractingCpu / 1000).toFixed(1)} s CPU`);
  console.log(`  total with reading and decompression: ${(total / 1000).toFixed(1)} s; ${phrases} phrases; peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB`);
  for (const s of sample) console.log(`  e.g. ${s}`);

  // Term counts over a 2,000-article slice, as the briefing does for a corpus.
  const docs: { id: string; text: string }[] = [];
  const again = createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of again) {
    if (docs.length >= 2000) break;
    try {
      const rec = JSON.parse(line) as { id?: unknown; content?: unknown };
      docs.push({ id: String(rec.id ?? docs.length), text: typeof rec.content === "string" ? rec.content : "" });
    } catch {
      continue;
    }
  }
  again.close();
  const t1 = performance.now();
  const terms = countTerms(docs, { top: 10 });
  console.log(`countTerms: ${docs.length} articles in ${((performance.now() - t1) / 1000).toFixed(1)} s; top: ${terms.map((t) => `${t.term} ${t.count}`).join(" · ")}`);
}

void main();
