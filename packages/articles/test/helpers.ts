import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { readArticles, type Article } from "../src/index.js";

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
export const seedsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "seeds");

export function fixture(name: string): Uint8Array {
  return readFileSync(join(fixturesDir, name));
}

/** Reads a fixture and returns its single article (fails the test otherwise). */
export function readOne(name: string, bytes: Uint8Array = fixture(name)): Article {
  const r = readArticles(name, bytes);
  if (r.articles.length !== 1) throw new Error(`expected one article from ${name}, got ${JSON.stringify(r.skipped)}`);
  return r.articles[0]!;
}

/** Article from a text given inline. */
export function fromText(text: string, name = "inline.txt"): Article {
  return readOne(name, new TextEncoder().encode(text));
}

export function removedTexts(a: Article, kind?: string): string[] {
  return a.removed.filter((r) => kind === undefined || r.kind === kind).map((r) => r.text);
}

export function bodyTexts(a: Article): string[] {
  return a.paragraphs.map((p) => p.text);
}

/** Windows-1256 encoder built by inverting Node's decoder table. */
export function encode1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in windows-1256: ${ch}`);
    out.push(b);
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (bigEndian) out.push(u >> 8, u & 0xff);
    else out.push(u & 0xff, u >> 8);
  }
  return new Uint8Array(out);
}

export const ARABIC_SAMPLE = [
  "ارتفاع أسعار القمح في الأسواق العالمية",
  "",
  "ارتفعت أسعار القمح في الأسواق العالمية خلال الأسبوع الماضي بعد تراجع توقعات الإنتاج في عدد من الدول المصدرة الكبرى.",
  "",
  "وقال محللون إن موجة الحر التي ضربت مناطق الزراعة أثرت في المحصول، وإن الأسعار قد تواصل الصعود خلال الشهر المقبل.",
].join("\n");
