import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";

/** The evaluation data folder: MAWJAZ_DATA, or ../shared/data beside the repository root. */
export function dataDir(): string {
  if (process.env.MAWJAZ_DATA) return process.env.MAWJAZ_DATA;
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  return path.resolve(repoRoot, "../shared/data");
}

/** The `content` of the first `limit` articles of SaudiNewsNet (the .jsonl.gz, else the 1,000-article sample). */
export async function readNews(limit: number): Promise<string[]> {
  const dir = path.join(dataDir(), "news");
  const gz = path.join(dir, "saudinewsnet.jsonl.gz");
  const plain = path.join(dir, "saudinewsnet.sample1000.jsonl");
  const file = existsSync(gz) ? gz : plain;
  const input = file.endsWith(".gz") ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  const texts: string[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { content?: unknown; title?: unknown };
    const title = typeof record.title === "string" ? record.title + "\n" : "";
    if (typeof record.content === "string") texts.push(title + record.content);
    if (texts.length >= limit) break;
  }
  lines.close();
  input.destroy();
  return texts;
}
