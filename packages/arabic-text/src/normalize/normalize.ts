import type { CharMap } from "./charMap.js";
import { alefMap } from "./alef.js";
import { alefMaqsuraMap } from "./alefMaqsura.js";
import { controlsMap } from "./controls.js";
import { diacriticsMap } from "./diacritics.js";
import { digitsMap } from "./digits.js";
import { hamzaMap } from "./hamza.js";
import { persianMap } from "./persian.js";
import { presentationFormsMap } from "./presentationForms.js";
import { PROFILES, STEP_ORDER, type NormalizeOptions, type NormalizeProfile, type NormalizeStep } from "./profiles.js";
import { punctuationMap } from "./punctuation.js";
import { spacesMap } from "./spaces.js";
import { applyTable, applyTableRange, buildTable, type CharTable } from "./table.js";
import { tatweelMap } from "./tatweel.js";
import { tehMarbutaMap } from "./tehMarbuta.js";

const STEP_MAPS: Readonly<Record<NormalizeStep, CharMap>> = {
  presentationForms: presentationFormsMap,
  controls: controlsMap,
  spaces: spacesMap,
  diacritics: diacriticsMap,
  tatweel: tatweelMap,
  persian: persianMap,
  alef: alefMap,
  hamza: hamzaMap,
  alefMaqsura: alefMaqsuraMap,
  tehMarbuta: tehMarbutaMap,
  digits: digitsMap,
  punctuation: punctuationMap,
};

const tables = new Map<number, CharTable>();
const MAX_CACHED_TABLES = 16;

/** The steps an options value switches on, as a bit mask (bit i = STEP_ORDER[i]). */
export function stepMask(options: NormalizeProfile | NormalizeOptions | undefined): number {
  let base: NormalizeProfile = "search";
  let flags: NormalizeOptions | undefined;
  if (typeof options === "string") base = options === "display" ? "display" : "search";
  else if (options && typeof options === "object") {
    flags = options;
    if (options.profile === "display") base = "display";
  }
  const profile = PROFILES[base];
  let mask = 0;
  for (let i = 0; i < STEP_ORDER.length; i++) {
    const step = STEP_ORDER[i]!;
    const on = flags?.[step] ?? profile[step];
    if (on) mask |= 1 << i;
  }
  return mask;
}

/** The composed lookup table for a set of steps (built once, then cached). */
export function tableFor(options?: NormalizeProfile | NormalizeOptions): CharTable {
  const mask = stepMask(options);
  let table = tables.get(mask);
  if (!table) {
    const maps: CharMap[] = [];
    for (let i = 0; i < STEP_ORDER.length; i++) if (mask & (1 << i)) maps.push(STEP_MAPS[STEP_ORDER[i]!]);
    table = buildTable(maps);
    // A table is 256 KB: keep the few combinations a program uses, not every one it ever tried.
    if (tables.size >= MAX_CACHED_TABLES) tables.delete(tables.keys().next().value!);
    tables.set(mask, table);
  }
  return table;
}

let searchTable: CharTable | undefined;

/** The "search" table, used for every Token.norm. */
export function searchTableInstance(): CharTable {
  return (searchTable ??= tableFor("search"));
}

/**
 * Normalise Arabic text in one pass with a lookup table composed from the chosen steps.
 * Default profile "search". Character-for-character (no context), so it is idempotent and never throws.
 */
export function normalize(text: string, options?: NormalizeProfile | NormalizeOptions): string {
  if (typeof text !== "string") return "";
  if (text.length === 0) return text;
  const table = options === undefined || options === "search" ? searchTableInstance() : tableFor(options);
  return applyTable(table, text);
}

/** normalize(text.slice(start, end), "search") without the intermediate slice when nothing changes. */
export function normalizeSearchRange(text: string, start: number, end: number, slice: string): string {
  return applyTableRange(searchTableInstance(), text, start, end, slice);
}
