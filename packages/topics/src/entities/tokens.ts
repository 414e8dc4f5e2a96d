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
  /** The form's shared record. */
  word: NameWord;
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
  const lexicon = new Lexicon();
  return lexicon.expand(lexicon.read(text));
}

/** What a token's normal form alone determines, shared by every token with that form. */
export interface NameWord {
  norm: string;
  forms: string[];
  bare: string;
  arabic: boolean;
  /** How many tokens of the corpus have this form. */
  count: number;
}

/** A text's tokens in compact form (a few bytes each): word numbers in the Lexicon, offsets, gaps. */
export interface CompactTokens {
  text: string;
  words: Int32Array;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
}

/** The gaps by their number in CompactTokens.gap. */
export const GAP_NAMES: readonly NameToken["gap"][] = ["start", "space", "comma", "quote", "break"];
const GAPS = GAP_NAMES;

/**
 * The word forms of a corpus. A corpus is read in several passes (what its words show, then the
 * names they propose, then the mentions of those names); kept as token objects, tens of thousands
 * of articles would hold millions of them. Texts are kept compact and expanded one at a time.
 */
export class Lexicon {
  readonly words: NameWord[] = [];
  private byForm = new Map<string, number>();

  /** Tokens of a text, compact; counts each form. */
  read(text: string): CompactTokens {
    const words: number[] = [];
    const start: number[] = [];
    const end: number[] = [];
    const gap: number[] = [];
    let previousEnd = -1;
    const push = (word: number, s: number, e: number, g: NameToken["gap"]) => {
      words.push(word);
      start.push(s);
      end.push(e);
      gap.push(GAPS.indexOf(g));
      (this.words[word] as NameWord).count++;
    };
    for (const w of tokenize(text)) {
      if (w.kind === "number") {
        // Numbers break names (and keep "start" meaningful for the first token only).
        push(this.number(w.norm), w.start, w.end, words.length === 0 ? "start" : "break");
        previousEnd = w.end;
        continue;
      }
      // Hyphenated words (جونغ-أون) are read as separate name words.
      let offset = w.start;
      for (const part of w.text.split(/([-‐–])/)) {
        const s = offset;
        offset += part.length;
        if (part === "" || /^[-‐–]$/.test(part)) continue;
        const norm = part === w.text ? w.norm : normalizeWord(part);
        if (norm === "") continue;
        push(this.word(norm), s, offset, words.length === 0 ? "start" : gapKind(text.slice(previousEnd, s)));
        previousEnd = offset;
      }
    }
    return { text, words: Int32Array.from(words), start: Int32Array.from(start), end: Int32Array.from(end), gap: Uint8Array.from(gap) };
  }

  /** The tokens of a compact text as objects. */
  expand(t: CompactTokens): NameToken[] {
    const out: NameToken[] = new Array(t.words.length);
    for (let i = 0; i < t.words.length; i++) {
      const w = this.words[t.words[i] as number] as NameWord;
      const s = t.start[i] as number;
      const e = t.end[i] as number;
      out[i] = { text: t.text.slice(s, e), norm: w.norm, start: s, end: e, gap: GAPS[t.gap[i] as number] as NameToken["gap"], forms: w.forms, bare: w.bare, arabic: w.arabic, word: w };
    }
    return out;
  }

  private word(norm: string): number {
    let id = this.byForm.get(norm);
    if (id === undefined) {
      const forms = cliticForms(norm);
      id = this.add({ norm, forms, bare: forms[forms.length - 1] as string, arabic: /[\u0600-\u06FF]/.test(norm), count: 0 });
      this.byForm.set(norm, id);
    }
    return id;
  }

  private number(norm: string): number {
    const key = `#${norm}`;
    let id = this.byForm.get(key);
    if (id === undefined) {
      id = this.add({ norm, forms: [norm], bare: norm, arabic: false, count: 0 });
      this.byForm.set(key, id);
    }
    return id;
  }

  private add(w: NameWord): number {
    this.words.push(w);
    return this.words.length - 1;
  }
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

export function corpusWords(texts: readonly CompactTokens[], lexicon: Lexicon): CorpusWords {
  const definite = new Set<string>();
  const plain = new Map<string, number>();
  const verbs = new Set<string>();
  const accusative = new Set<string>();
  // What the form alone shows, once per form.
  for (const w of lexicon.words) {
    if (w.count === 0) continue;
    plain.set(w.norm, (plain.get(w.norm) ?? 0) + w.count);
    for (const f of w.forms) if (hasArticle(f)) definite.add(f.slice(2));
    if (/^س[يتن]/.test(w.norm) && w.norm.length > 4) verbs.add(w.norm.slice(1));
  }
  const particle = lexicon.words.map((w) => VERB_PARTICLES.has(w.norm));
  const space = GAPS.indexOf("space");
  for (const t of texts)
    for (let i = 0; i < t.words.length; i++) {
      const w = lexicon.words[t.words[i] as number] as NameWord;
      if (i > 0 && t.gap[i] === space && particle[t.words[i - 1] as number]) verbs.add(w.norm);
      if (w.norm.endsWith("ا") && hasTanween(t.text, t.start[i] as number, t.end[i] as number)) accusative.add(w.norm);
    }
  return { definite, plain, verbs, accusative };
}

/** The indefinite accusative ending ـً written somewhere in text[start, end). */
function hasTanween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x064b) return true;
  return false;
}
