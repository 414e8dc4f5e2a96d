/**
 * Builds data/tlds.json: the top-level domains accepted for bare host names (spa.gov.sa, example.com).
 * Country codes: every two-letter ISO 3166 region the runtime's ICU data names (Intl.DisplayNames),
 * minus private-use and pseudo codes; plus the common generic TLDs listed below.
 * Run: pnpm exec tsx scripts/build-tlds.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const GENERIC = [
  "com", "net", "org", "gov", "edu", "int", "mil", "info", "biz", "name", "pro", "news", "media", "online",
  "site", "tv", "io", "app", "dev", "ai", "me", "co", "website", "tech", "store", "live", "world", "global",
  "arab", "asia", "africa", "eu",
];
const EXCLUDED = new Set(["qo", "xa", "xb", "zz", "ez", "ea", "ic", "dg", "cp", "cq", "ta"]);

const names = new Intl.DisplayNames(["en"], { type: "region" });
const countries: string[] = [];
for (let a = 65; a < 91; a++) {
  for (let b = 65; b < 91; b++) {
    const code = String.fromCharCode(a, b);
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      name = undefined;
    }
    if (name && name !== code && !EXCLUDED.has(code.toLowerCase())) countries.push(code.toLowerCase());
  }
}
const tlds = [...new Set([...GENERIC, ...countries])].sort();
const out = fileURLToPath(new URL("../data/tlds.json", import.meta.url));
writeFileSync(out, JSON.stringify({ description: "Top-level domains for bare host names; built by scripts/build-tlds.ts", tlds }, null, 0) + "\n");
console.log(`${tlds.length} TLDs -> ${out}`);
