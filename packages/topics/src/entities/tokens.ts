/** Word tokens with what lies between them, and clitic-stripped forms, for the entity cues. */
import { isStop, normalizeWord, tokenize } from "../analyse.js";

export interface NameToken {
  text: string;
  norm: string;
  start: number;
  end: number;
  /** What separates this token from the previous one. */
  gap: "start" | "space" | "comma" | "quote" | "break";
  /** norm, then without a leading conjunction و/ف, then also without ب/ل/ك: the forms to try, in order. */
  forms: string[];
  /** The most stripped form (for title and head words). */
  bare: string;
  arabic: boolean;
}

function gapKind(between: string): NameToken["gap"] {
  if (/[\n\r\u2028\u2029]/.test(between)) return "break";
  // A hyphen inside a word (جونغ-أون) joins; a dash between spaces separates.
  if (/^[\-‐]$/.test(between)) return "space";
  const s = between.replace(/[\s\u200c\u200d\u200f\u200eـ]/g, "");
  if (s === "") return "space";
  if (/^[،,]+$/.test(s)) return "comma";
  if (/^["“”«»'‘’]+$/.test(s)) return "quote";
  return "break";
}

/**
 * Forms a word may take once the clitics a name or title can carry are removed:
 * itself, without و/ف, then without ب/ل/ك as well, with لل → ال (للرئيس → الرئيس).
 * Every form keeps at least three letters. Callers try them in order.
 */
export function cliticForms(norm: string): string[] {
  const forms = [norm];
  let s = norm;
  if (/^[وف]/.test(s) && s.length > 3) forms.push((s = s.slice(1)));
  if (s.startsWith("لل") && s.length > 4) forms.push("ال" + s.slice(2));
  else if (/^(بال|كال)/.test(s) && s.length > 5) forms.push(s.slice(1));
  else if (/^[بلك]/.test(s) && !s.startsWith("ال") && s.length > 3) forms.push(s.slice(1));
  return forms;
}

export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  let previousEnd = -1;
  for (const w of tokenize(text)) {
    if (w.kind === "number") {
      // Numbers break names (and keep "start" meaningful for the first token only).
      out.push({ text: w.text, norm: w.norm, start: w.start, end: w.end, gap: out.length === 0 ? "start" : "break", forms: [w.norm], bare: w.norm, arabic: false });
      previousEnd = w.end;
      continue;
    }
    // Hyphenated words (جونغ-أون) are read as separate name words.
    let offset = w.start;
    for (const part of w.text.split(/([-‐–])/)) {
      const start = offset;
      offset += part.length;
      if (part === "" || /^[-‐–]$/.test(part)) continue;
      const norm = part === w.text ? w.norm : normalizeWord(part);
      if (norm === "") continue;
      const gap = out.length === 0 ? "start" : gapKind(text.slice(previousEnd, start));
      const forms = cliticForms(norm);
      const arabic = /[\u0600-\u06FF]/.test(norm);
      out.push({ text: part, norm, start, end: offset, gap, forms, bare: forms[forms.length - 1] as string, arabic });
      previousEnd = offset;
    }
  }
  return out;
}

export function hasArticle(norm: string): boolean {
  return norm.startsWith("ال") && norm.length > 3;
}

export function isStopToken(t: NameToken): boolean {
  return isStop(t.norm) || (t.norm !== t.bare && isStop(t.bare));
}

/**
 * Words the corpus itself shows to be common nouns or adjectives: seen with the
 * article ال (الزيارة → زيارة). Proper names of people rarely take it.
 */
export interface CorpusWords {
  /** Words seen after the article ال. */
  definite: Set<string>;
  /** How often each word form occurs. */
  plain: Map<string, number>;
  /** Words the corpus shows to be verbs: after لم / لن / قد / أن …, or with the future prefix س. */
  verbs: Set<string>;
  /** Words written with the indefinite accusative ending ـًا somewhere (common nouns and adjectives). */
  accusative: Set<string>;
}

const VERB_PARTICLES = new Set(["لم", "لن", "قد", "كي", "لكي", "سوف", "لقد", "وقد", "ولم", "ولن", "فقد"]);

export function corpusWords(tokenised: readonly (readonly NameToken[])[]): CorpusWords {
  const definite = new Set<string>();
  const plain = new Map<string, number>();
  const verbs = new Set<string>();
  const accusative = new Set<string>();
  for (const tokens of tokenised)
    tokens.forEach((t, i) => {
      plain.set(t.norm, (plain.get(t.norm) ?? 0) + 1);
      for (const f of t.forms) if (hasArticle(f)) definite.add(f.slice(2));
      const previous = tokens[i - 1];
      if (previous && t.gap === "space" && VERB_PARTICLES.has(previous.norm)) verbs.add(t.norm);
      if (/^س[يتن]/.test(t.norm) && t.norm.length > 4) verbs.add(t.norm.slice(1));
      if (/\u064B/.test(t.text) && t.norm.endsWith("ا")) accusative.add(t.norm);
    });
  return { definite, plain, verbs, accusative };
}
