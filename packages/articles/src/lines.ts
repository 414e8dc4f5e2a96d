/** Lines of a text with offsets of their trimmed content. */

export interface Line {
  /** 1-based line number */
  line: number;
  /** offsets of the trimmed content in the text */
  start: number;
  end: number;
  /** trimmed content ("" for a blank line) */
  text: string;
}

const LEADING_SPACE = /^[\s\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+/u;
const TRAILING_SPACE = /[\s\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+$/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let n = 1;
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const stop = nl === -1 ? text.length : nl;
    const raw = text.slice(pos, stop);
    const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    const trail = lead === raw.length ? 0 : (TRAILING_SPACE.exec(raw)?.[0].length ?? 0);
    const start = pos + lead;
    const end = Math.max(start, stop - trail);
    lines.push({ line: n, start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    pos = nl + 1;
    n++;
  }
  return lines;
}
