// Candidate keyphrases: runs of 1–4 words inside a clause that look like an Arabic noun phrase.
import { type WordToken } from "./text.js";

export interface Candidate {
  /** stems joined by a space: the identity of the phrase (clitic and inflection variants collapse) */
  key: string;
  /** number of words */
  length: number;
  /** occurrences in the text */
  count: number;
  /** token index of the first occurrence */
  first: number;
  /** number of clauses (runs between punctuation) in which it occurs */
  sentences: number;
  /** the last clause counted in `sentences` */
  lastSentence: number;
  /** the first surface form seen */
  surface: string;
  /** surface form → occurrences, created only once a second spelling shows up */
  forms: Map<string, number> | null;
}

/** Shape of a phrase occurrence, for the scorer's structure priors. */
export interface PhraseShape {
  /** a function word stands inside the phrase (مكتبة خالد بن الوليد, موسم الهجرة إلى الشمال) */
  innerStopword: boolean;
  /** a definite word is followed by a bare one (الحطاب ديوانه): usually a clause boundary, not a noun phrase */
  definiteThenBare: boolean;
  /** a word after the first opens a prepositional phrase (ب/ل/ك glued on: الآسيوي لمشتر) */
  prepositionInside: boolean;
  /** a word carries a possessive/object pronoun (تركيزها، استثماراتهم): rarely part of a name for a topic */
  pronounSuffix: boolean;
  /** a bare (not definite) first word opening a clause: in news prose mostly a verb (استقبل الشيخ، قدم سلطان) */
  clauseInitialBare: boolean;
}

export interface CandidateOptions {
  maxWords?: number;
}

const ARTICLE = "ال";

/**
 * Links inside Arabic names (سلطان بن زايد، عبد الله، آل نهيان، أبو ظبي) need a word on their right, so a
 * phrase never ends on them. They may start one: family names begin with بن (بن لادن، بن علي).
 */
const NAME_LINKS = new Set(["بن", "ابن", "بنت", "ال", "ابو", "ابي", "ابا", "عبد", "ذو", "ذي", "ولد", "ام"]);

function isWord(t: WordToken, finite = isFiniteVerb(t)): boolean {
  return (t.kind === "arabic" || t.kind === "latin") && !t.stop && t.norm.length >= 2 && !finite;
}

/**
 * A finite verb as the stemmer reads it: in the future (سيبدأ، وستطرح), or an imperfect whose prefix ي/ت/ن it
 * removed (يقول → قال، تحصل → حصل) — it does so only when the verb shows other forms in news, and keeps the
 * prefix of nouns (تطور، يوم، تركيا). A finite verb is never part of a noun phrase (بوتين سيبدأ). A past in
 * ‑ت is not read as one: names end so too (طلعت، مدحت، رأفت).
 */
export function isFiniteVerb(t: WordToken): boolean {
  if (t.kind !== "arabic") return false;
  const m = /^([وف]?)(س[يتنا]|[يتن])/.exec(t.norm);
  if (m === null) return false;
  const prefix = (m[2] as string)[0] as string;
  return !t.stem.startsWith(prefix) && !t.stem.startsWith(`${m[1]}${prefix}`);
}

/**
 * Words of a date or time (يوم، الأحد، الشهر، يونيو، تموز، أمس): a phrase made of them only (يوم السبت، شهر
 * يونيو) dates an event and names no subject. Inside a longer phrase they stay (صلاة الجمعة، ثورة يناير).
 */
const TIME_WORDS = new Set(
  ("يوم اليوم ايام الايام امس غدا صباح مساء ليلة الليلة اسبوع الاسبوع شهر الشهر عام العام سنة السنة " +
    "السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة " +
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر " +
    "كانون الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الاول")
    .split(" "),
);

function isTimeWord(t: WordToken): boolean {
  return TIME_WORDS.has(t.norm.replace(/^[وفبل]/, "")) || TIME_WORDS.has(t.norm);
}

/** A word that may open a keyphrase. */
export function isStartWord(t: WordToken): boolean {
  return isWord(t);
}

/** A word that may close a keyphrase. */
export function isEndWord(t: WordToken): boolean {
  return isWord(t) && !NAME_LINKS.has(t.norm);
}

/**
 * Function words that may stand inside a phrase: prepositions linking two nouns (موسم الهجرة إلى الشمال،
 * التضخم في دول الخليج) and a standalone و. Particles such as إن، أن، الذي، قد open a clause instead.
 */
const INNER_FUNCTION_WORDS = new Set(["في", "من", "الي", "علي", "عن", "مع", "بين", "حول", "ضد", "عبر", "لدي", "نحو", "و"]);

/**
 * The surface form used to display the first word of a phrase: leading clitics that the stemmer removed
 * too are dropped, so a phrase reads as a name for its subject. A conjunction و (وكوريا → كوريا), and و/ف
 * before the article (والمكتبات → المكتبات); a preposition ب ل ك, after an optional و/ف, when the stem
 * does not keep it (لإعادة → إعادة, وبالعاصمة → العاصمة); ل before the article comes back as the article's
 * alef (للأمم → الأمم). A bare ف goes too when the stemmer takes it (فأمراض → أمراض; فلاديمير keeps it). Surfaces carry no
 * diacritics or tatweel (text.ts), so a clitic is one code unit.
 */
export function displayFirst(t: WordToken): string {
  const n = t.norm;
  const conjunction =
    ((n[0] === "و" || (n[0] === "ف" && n.length >= 5)) && t.stem[0] !== n[0]) || ((n[0] === "و" || n[0] === "ف") && n.startsWith("ال", 1));
  const c = conjunction ? 1 : 0;
  const p = n[c];
  if ((p === "ب" || p === "ل" || p === "ك") && t.stem[0] !== p && n.length - c - 1 >= 3) {
    if (p === "ل" && n[c + 1] === "ل") return n.length - c - 1 >= 4 ? `ا${t.surface.slice(c + 1)}` : t.surface;
    return t.surface.slice(c + 1);
  }
  if (conjunction && t.surface.length > 3) return t.surface.slice(1);
  return t.surface;
}

/** Starts a definite noun (with the article, after any clitic). */
export function isDefinite(t: WordToken): boolean {
  const n = t.norm;
  return n.startsWith(ARTICLE) || /^(و|ف)?(ب|ك)?ال/.test(n) || /^(و|ف)?لل/.test(n);
}

/** ب/ل/ك glued before the article, or لل: the word is the object of a preposition. */
export function startsWithPreposition(t: WordToken): boolean {
  return /^(و|ف)?(بال|كال|لل)/.test(t.norm);
}

const PRONOUN_SUFFIX = /(ها|هما|هم|هن|كما|كم)$/;

/** Ends with an attached pronoun (ها، هم، هما، هن، كم، كما) on a word long enough to carry one. */
export function endsWithPronoun(t: WordToken): boolean {
  return t.kind === "arabic" && t.norm.length >= 5 && PRONOUN_SUFFIX.test(t.norm);
}

function hasDefiniteThenBare(tokens: readonly WordToken[], i: number, n: number): boolean {
  for (let j = i; j + 1 < i + n; j++) {
    const next = tokens[j + 1]!;
    if (isDefinite(tokens[j]!) && next.kind === "arabic" && !next.stop && !isDefinite(next) && !NAME_LINKS.has(next.norm)) {
      return true;
    }
  }
  return false;
}

export function collectCandidates(tokens: readonly WordToken[], options: CandidateOptions = {}): Map<string, Candidate> {
  return collectCandidateSpans(tokens, options).candidates;
}

/** Candidates, and the candidate each span of the text is (by first token and length), for dropFragments. */
export interface CandidateSpans {
  candidates: Map<string, Candidate>;
  /** spans[i × maxWords + n − 1]: the candidate made of the n words from token i, when they make one. */
  spans: (Candidate | undefined)[];
  maxWords: number;
}

const START = 1;
const END = 2;
const INNER = 4;
const TIME = 8;

/**
 * What a token may be in a phrase, as bits, testing for a finite verb once: a start word (isStartWord),
 * an end word (isEndWord), a word that may stand inside (no finite verb; a function word only if it is
 * one of INNER_FUNCTION_WORDS), a word of a date or time (isTimeWord).
 */
function roleOf(t: WordToken): number {
  const finite = isFiniteVerb(t);
  const word = isWord(t, finite);
  const inner = t.kind !== "other" && !finite && (!t.stop || INNER_FUNCTION_WORDS.has(t.norm));
  return (word ? START : 0) | (word && !NAME_LINKS.has(t.norm) ? END : 0) | (inner ? INNER : 0) | (isTimeWord(t) ? TIME : 0);
}

export function collectCandidateSpans(tokens: readonly WordToken[], options: CandidateOptions = {}): CandidateSpans {
  const maxWords = options.maxWords ?? 4;
  const out = new Map<string, Candidate>();
  const spans: (Candidate | undefined)[] = new Array(tokens.length * maxWords);
  // What each token may be in a phrase, worked out once per token rather than once per n-gram.
  const role = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => (role[i] = roleOf(t)));
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.breakBefore) sentence++;
    if (!(role[i]! & START)) continue;
    // Keys and surfaces grow one word at a time, so each n-gram costs one concatenation.
    let key = "";
    let surface = "";
    let onlyTime = true;
    for (let n = 1; n <= maxWords && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      const r = role[i + n - 1]!;
      if (n > 1 && last.breakBefore) break;
      if (!(r & INNER)) break;
      key = n === 1 ? last.stem : `${key} ${last.stem}`;
      surface = n === 1 ? displayFirst(last) : `${surface} ${last.surface}`;
      onlyTime &&= (r & TIME) !== 0;
      if (!(r & END) || onlyTime) continue;
      let c = out.get(key);
      if (!c) {
        c = { key, length: n, count: 0, first: i, sentences: 0, lastSentence: -1, surface, forms: null };
        out.set(key, c);
      }
      spans[i * maxWords + n - 1] = c;
      c.count++;
      if (c.lastSentence !== sentence) {
        c.lastSentence = sentence;
        c.sentences++;
      }
      addForm(c, surface);
    }
  }
  return { candidates: out, spans, maxWords };
}

function addForm(c: Candidate, surface: string): void {
  if (c.forms === null) {
    if (surface === c.surface) return;
    c.forms = new Map([[c.surface, c.count - 1]]);
  }
  c.forms.set(surface, (c.forms.get(surface) ?? 0) + 1);
}

/** Surface form → occurrences. */
export function formsOf(c: Candidate): ReadonlyMap<string, number> {
  return c.forms ?? new Map([[c.surface, c.count]]);
}

/** Stems of the phrase, in order. */
export function stemsOf(c: Candidate): string[] {
  return c.key.split(" ");
}

/** Structure of the phrase at its first occurrence. */
export function shapeOf(tokens: readonly WordToken[], c: Candidate): PhraseShape {
  const i = c.first;
  const n = c.length;
  let innerStopword = false;
  let prepositionInside = false;
  let pronounSuffix = false;
  for (let j = i; j < i + n; j++) {
    const t = tokens[j]!;
    if (t.stop) innerStopword = true;
    if (j > i && startsWithPreposition(t)) prepositionInside = true;
    if (endsWithPronoun(t)) pronounSuffix = true;
  }
  const head = tokens[i]!;
  const clauseInitialBare = n > 1 && head.breakBefore && head.kind === "arabic" && !isDefinite(head);
  return { innerStopword, definiteThenBare: hasDefiniteThenBare(tokens, i, n), prepositionInside, pronounSuffix, clauseInitialBare };
}

/**
 * Drops fragments: a phrase that occurs only as part of one longer candidate — as many times as it, even
 * once — is not a phrase of its own (كيم جونغ inside كيم جونغ أون). This is the nested-frequency idea of
 * C-value (Frantzi, Ananiadou & Mima 2000).
 */
export function dropFragments(candidates: Map<string, Candidate>, found?: CandidateSpans): void {
  const fragments: string[] = [];
  const spans = found?.spans;
  const maxWords = found?.maxWords ?? 0;
  const offsets: number[] = [];
  for (const c of candidates.values()) {
    if (c.length < 2) continue;
    // Word starts in the key (stems joined by one space), and one past its end.
    offsets.length = 0;
    offsets.push(0);
    for (let p = c.key.indexOf(" "); p >= 0; p = c.key.indexOf(" ", p + 1)) offsets.push(p + 1);
    offsets.push(c.key.length + 1);
    const words = offsets.length - 1;
    for (let len = 1; len < words; len++) {
      for (let from = 0; from + len <= words; from++) {
        // The span inside the first occurrence is the same phrase; only when it makes no candidate
        // there (its words can, elsewhere) is the phrase looked up by its key.
        const sub =
          (spans !== undefined && len <= maxWords ? spans[(c.first + from) * maxWords + len - 1] : undefined) ??
          candidates.get(c.key.slice(offsets[from]!, offsets[from + len]! - 1));
        if (sub && sub.count <= c.count) fragments.push(sub.key);
      }
    }
  }
  for (const key of fragments) candidates.delete(key);
}
