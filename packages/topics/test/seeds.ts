/**
 * Reads the five seed pages for tests, with the obvious page chrome stripped the way
 * the articles package does before text reaches this package: short lines (menus,
 * bylines, captions) dropped and anything after a "read also" marker cut.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StoryDoc } from "../src/types.js";

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../seeds");

const READ_ALSO = /^\s*(إقرأ|اقرأ)\s+(أيضا|أيضاً|ايضا)/;

export function cleanPage(raw: string): { title: string | null; text: string } {
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  const cut = lines.findIndex((l) => READ_ALSO.test(l));
  const kept = (cut >= 0 ? lines.slice(0, cut) : lines).filter((l) => l.split(/\s+/).length >= 8);
  return { title: null, text: kept.join("\n\n") };
}

/** Publication dates printed on the pages themselves (as the articles package reads them), else null. */
function pageDate(raw: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const en = /(\d{1,2})(?:st|nd|rd|th)?,?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})/.exec(raw);
  if (!en) return null;
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].indexOf(en[2] as string) + 1;
  return `${en[3]}-${String(month).padStart(2, "0")}-${String(en[1]).padStart(2, "0")}`;
}

export function seedDocs(options: { dates?: boolean } = {}): StoryDoc[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const raw = readFileSync(path.join(SEEDS, f), "utf8");
      const { title, text } = cleanPage(raw);
      return { id: f.slice(0, 3), title, text, date: options.dates ? pageDate(raw) : null };
    });
}
