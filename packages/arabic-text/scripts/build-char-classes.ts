/**
 * Builds data/char-classes.json: the scanner's character class of every UTF-16 code unit, as runs
 * [start, class, start, class, ...] (each run lasts until the next start). Computed from the Unicode
 * properties of the runtime's ICU (General_Category L/M/Nd, Script=Latin, Script_Extensions=Arabic),
 * then the overrides in src/chars.ts are applied at load. Loading runs is instant; testing 64K
 * characters against property regexes at every start-up would cost about 80 ms.
 * Run: pnpm exec tsx scripts/build-char-classes.ts   (test/chars.test.ts checks the file is current)
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { classifyCodeUnit } from "../src/classify.js";

const runs: number[] = [];
let previous = -1;
for (let c = 0; c < 0x10000; c++) {
  const cls = classifyCodeUnit(c);
  if (cls !== previous) {
    runs.push(c, cls);
    previous = cls;
  }
}
const out = fileURLToPath(new URL("../data/char-classes.json", import.meta.url));
const file = {
  description: "Scanner character classes as runs [start, class, ...]; built by scripts/build-char-classes.ts",
  unicode: process.versions.unicode,
  runs,
};
writeFileSync(out, JSON.stringify(file) + "\n");
console.log(`${runs.length / 2} runs, Unicode ${process.versions.unicode} -> ${out}`);
