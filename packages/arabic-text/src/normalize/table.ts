import type { CharMap } from "./charMap.js";

/**
 * A lookup table over all UTF-16 code units, built by composing character maps in order.
 * ops[c] = 0: keep; -1: remove; 1..0xFFFF+1: replace by one code unit (value - 1);
 * <= -2: replace by strings[-value - 2]. Normalising is then one pass with one array read per character.
 */
export interface CharTable {
  readonly ops: Int32Array;
  readonly strings: readonly string[];
}

export function buildTable(maps: readonly CharMap[]): CharTable {
  const ops = new Int32Array(0x10000);
  const strings: string[] = [];
  const touched = new Set<number>();
  for (const map of maps) for (const c of map.keys()) if (c < 0x10000) touched.add(c);
  for (const c of touched) {
    let s = String.fromCharCode(c);
    for (const map of maps) s = applyEach(map, s);
    if (s.length === 1 && s.charCodeAt(0) === c) continue;
    if (s.length === 0) ops[c] = -1;
    else if (s.length === 1) ops[c] = s.charCodeAt(0) + 1;
    else {
      strings.push(s);
      ops[c] = -(strings.length + 1);
    }
  }
  return { ops, strings };
}

function applyEach(map: CharMap, s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const r = map.get(s.charCodeAt(i));
    out += r === undefined ? s[i] : r;
  }
  return out;
}

/** Normalise text[start, end) with a table; returns `fallback` (the unchanged slice) when nothing changes. */
export function applyTableRange(table: CharTable, text: string, start: number, end: number, fallback?: string): string {
  const ops = table.ops;
  let i = start;
  while (i < end && ops[text.charCodeAt(i)] === 0) i++;
  if (i === end) return fallback ?? text.slice(start, end);
  let out = text.slice(start, i);
  let last = i;
  for (; i < end; i++) {
    const op = ops[text.charCodeAt(i)]!;
    if (op === 0) continue;
    if (last < i) out += text.slice(last, i);
    if (op > 0) out += String.fromCharCode(op - 1);
    else if (op < -1) out += table.strings[-op - 2];
    last = i + 1;
  }
  if (last < end) out += text.slice(last, end);
  return out;
}

export function applyTable(table: CharTable, text: string): string {
  return applyTableRange(table, text, 0, text.length, text);
}
