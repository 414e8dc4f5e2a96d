/**
 * Cue-based discovery of names (transparent rules, no model): each rule reads the
 * tokens around a cue word and proposes a name with a kind.
 *  - person: a title (الرئيس، وزير، المتحدث باسم …) and its qualifiers, then 1–4 name words;
 *  - place: the gazetteer, a place head (مدينة، العاصمة، قاعدة …) + name words, or a
 *    preposition (في، إلى، من …) + a word that looks transliterated;
 *  - organisation: known names, or a head (وكالة، مجلس، وزارة …) + its construct chain
 *    of definite words, or + a quoted / transliterated name.
 * A proposal is "strong" when the cue leaves little doubt; "weak" ones must recur.
 */
import type { EntityKind } from "../types.js";
import {
  commonGivenNames,
  knownOrganisations,
  nameWordCount,
  knownPlaces,
  notNames,
  organisationHeads,
  personTitles,
  placeHeads,
  placePrepositions,
  titleLinks,
  type PhraseIndex,
} from "./cues.js";
import { stem } from "@mawjaz/arabic-stemmer";
import { backgroundDf } from "../background.js";
import { hasArticle, isStopToken, type CorpusWords, type NameToken } from "./tokens.js";

export interface Proposal {
  kind: EntityKind;
  /** Token index range [start, end). */
  start: number;
  end: number;
  strength: "strong" | "weak";
  /** The normalised words of the name (the first without the clitics it was found with). */
  words: readonly string[];
}

const MAX_NAME = 4;
const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي"]);

/**
 * A word that can be part of a proper name: Arabic, without the article, not a
 * function or cue word, and not shown by the corpus to be a common word — seen with
 * the article (الزيارة → زيارة), used as a verb (لم يعرف، سيقوم), written with the
 * accusative ending ـًا, or a nisba adjective (‑ية، ‑يون، ‑يين).
 */
export function isNameWord(t: NameToken, words: CorpusWords): boolean {
  if (!t.arabic || t.norm.length < 2) return false;
  if (t.forms.some(hasArticle) || (isStopToken(t) && !isWrittenAli(t))) return false;
  if (t.forms.some((f) => notNames.has(f))) return false;
  // Common given names also occur with the article as family names or attributes (العلي، الحسن، الصالح):
  // that is no evidence against them.
  if (!commonGivenNames.has(t.norm) && t.forms.some((f) => words.definite.has(f))) return false;
  if (words.verbs.has(t.norm) || words.accusative.has(t.norm)) return false;
  if (t.norm.endsWith("ا") && t.norm.length > 3 && words.accusative.has(t.norm)) return false;
  if (NISBA_ENDING.test(t.norm) && (!looksTransliterated(t.norm) || commonInNews(t.norm))) return false;
  // A word with a possessive suffix whose base takes the article (عهده ← العهد).
  const base = /^(.{2,}?)(ه|ها|هم|هما|كم|نا)$/.exec(t.norm)?.[1];
  if (base !== undefined && words.definite.has(base)) return false;
  return !isCueWord(t) || isWrittenAli(t);
}

/**
 * علي as written with ي: the name Ali (علي خامنئي، علي عبدالله صالح). Only normalisation makes it the
 * preposition على, a function word; a one-word name still needs a transliterated look to count.
 */
function isWrittenAli(t: NameToken): boolean {
  return t.text.replace(/[\u064B-\u065F\u0670\u0640]/g, "") === "علي";
}

function isCueWord(t: NameToken): boolean {
  return t.forms.some(
    (f) => personTitles.has(f) || organisationHeads.has(f) || placeHeads.has(f) || placePrepositions.has(f) || titleLinks.has(f),
  );
}

const NISBA_ENDING = /(ية|يون|يين)$/;

/**
 * Background articles (of 30,676) above which a nisba or abstract noun is a word of general news, whatever
 * its spelling suggests: إمكانية (1,215), استراتيجية (2,026), احتمالية (110); names with these endings are
 * rarer there (أشبيلية 62, نابليون 20, أنطاكية 0).
 */
const COMMON_IN_NEWS = 100;

function commonInNews(norm: string): boolean {
  return backgroundDf(stem(norm)) >= COMMON_IN_NEWS;
}

/** و + a word the corpus also has alone is a conjunction, ending the name (بوتين وكيم). */
function startsWithConjunction(t: NameToken, words: CorpusWords): boolean {
  return /^[وف]/.test(t.norm) && t.norm.length > 3 && words.plain.has(t.norm.slice(1));
}

/**
 * Spelling cues of a transliterated foreign word: letters and clusters rare in
 * Arabic words (پ چ ڤ گ, تش, a final نغ/ونج; in words of five letters or more the
 * endings ‑وف ‑يف ‑سك ‑ستان ‑غراد ‑بورغ),
 * or many long vowels in one word (four, or three in a word of seven letters or more).
 */
export function looksTransliterated(norm: string): boolean {
  if (hasArticle(norm) || norm.length < 4 || notNames.has(norm)) return false;
  if (/[پچڤگ]/.test(norm) || /تش/.test(norm)) return true;
  if (/(نغ|ونج)$/.test(norm)) return true;
  if (norm.length >= 5 && /(وف|يف|سك|ستان|غراد|بورغ|بورج|فيتش|يتش)$/.test(norm)) return true;
  const longVowels = (norm.match(/[اوي]/g) ?? []).length;
  return longVowels >= 4 || (longVowels >= 3 && norm.length >= 7);
}

function matchesPhrase(tokens: readonly NameToken[], i: number, phrase: readonly string[]): boolean {
  for (let p = 0; p < phrase.length; p++) {
    const t = tokens[i + p];
    if (!t || (p > 0 && t.gap !== "space")) return false;
    if (p === 0 ? !t.forms.includes(phrase[p] as string) : t.norm !== phrase[p]) return false;
  }
  return true;
}

/** The longest gazetteer phrase starting at token i (its first word may carry clitics), or null. */
export function longestPhraseMatch(tokens: readonly NameToken[], i: number, phrases: PhraseIndex): readonly string[] | null {
  let best: readonly string[] | null = null;
  const t = tokens[i];
  if (!t) return null;
  for (const form of t.forms)
    for (const phrase of phrases.get(form) ?? [])
      if (phrase.length > (best?.length ?? 0) && matchesPhrase(tokens, i, phrase)) best = phrase;
  return best;
}

function startsKnownName(tokens: readonly NameToken[], i: number): boolean {
  return longestPhraseMatch(tokens, i, knownPlaces) !== null || longestPhraseMatch(tokens, i, knownOrganisations) !== null;
}

/** Consecutive name words from i (same phrase: only spaces or hyphens between). */
function nameRun(tokens: readonly NameToken[], i: number, words: CorpusWords, max = MAX_NAME): number {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j] as NameToken;
    if (j > i && t.gap !== "space") break;
    // عبد + a divine name with the article is one name (عبد الله، عبد العزيز، عبد الرحمن)
    const next = tokens[j + 1];
    if (t.norm === "عبد" && next !== undefined && next.gap === "space" && hasArticle(next.norm) && !isStopToken(next) && j + 2 - i <= max) {
      j += 2;
      continue;
    }
    if (!isNameWord(t, words) || (j > i && startsWithConjunction(t, words))) break;
    if (j > i && startsKnownName(tokens, j)) break;
    j++;
  }
  return j - i;
}

const norms = (tokens: readonly NameToken[], start: number, end: number) => tokens.slice(start, end).map((t) => t.norm);

function personAfterTitle(tokens: readonly NameToken[], i: number, words: CorpusWords): Proposal | null {
  // Skip the title's qualifiers: definite words (الدفاع الروسي), links (باسم), more titles, known names.
  let j = i + 1;
  let skipped = 0;
  while (j < tokens.length && skipped < 6) {
    const t = tokens[j] as NameToken;
    if (t.gap !== "space") break;
    const known = longestPhraseMatch(tokens, j, knownOrganisations) ?? longestPhraseMatch(tokens, j, knownPlaces);
    if (known) {
      j += known.length;
      skipped += known.length;
      continue;
    }
    if ((hasArticle(t.norm) && !RELATIVES.has(t.norm)) || t.forms.some((f) => titleLinks.has(f) || personTitles.has(f))) {
      j++;
      skipped++;
      continue;
    }
    break;
  }
  const first = tokens[j];
  if (!first || (first.gap !== "space" && first.gap !== "comma") || startsWithConjunction(first, words)) return null;
  const n = nameRun(tokens, j, words);
  if (n === 0) return null;
  // عبد الله and the like are one given name: alone after a title they are as weak as any one-word name
  const name = norms(tokens, j, j + n);
  return { kind: "person", start: j, end: j + n, strength: nameWordCount(name) >= 2 ? "strong" : "weak", words: name };
}

function organisationAfterHead(tokens: readonly NameToken[], i: number, head: string, words: CorpusWords): Proposal | null {
  let j = i + 1;
  while (j < tokens.length && j - i <= 4) {
    const t = tokens[j] as NameToken;
    if (t.gap !== "space" || !hasArticle(t.norm) || RELATIVES.has(t.norm) || isStopToken(t)) break;
    j++;
  }
  if (j > i + 1) return { kind: "organisation", start: i, end: j, strength: "strong", words: [head, ...norms(tokens, i + 1, j)] };
  const next = tokens[i + 1];
  if (next && (next.gap === "quote" || next.gap === "space") && next.norm.length >= 3) {
    const n = nameRun(tokens, i + 1, words, 3);
    if (n > 0 && (next.gap === "quote" || looksTransliterated(next.norm)))
      return { kind: "organisation", start: i + 1, end: i + 1 + n, strength: "weak", words: norms(tokens, i + 1, i + 1 + n) };
  }
  return null;
}

/** Every proposal in one document's tokens, left to right. */
export function discover(tokens: readonly NameToken[], words: CorpusWords): Proposal[] {
  const out: Proposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    const org = longestPhraseMatch(tokens, i, knownOrganisations);
    if (org) {
      out.push({ kind: "organisation", start: i, end: i + org.length, strength: "strong", words: org });
      i += org.length - 1;
      continue;
    }
    const place = longestPhraseMatch(tokens, i, knownPlaces);
    if (place) {
      out.push({ kind: "place", start: i, end: i + place.length, strength: "strong", words: place });
      i += place.length - 1;
      continue;
    }
    if (t.forms.some((f) => personTitles.has(f))) {
      const p = personAfterTitle(tokens, i, words);
      if (p) out.push(p);
      continue;
    }
    const head = t.forms.find((f) => organisationHeads.has(f));
    if (head !== undefined) {
      const p = organisationAfterHead(tokens, i, head, words);
      if (p) out.push(p);
      continue;
    }
    const next = tokens[i + 1];
    if (!next || next.gap !== "space") continue;
    if (t.forms.some((f) => placeHeads.has(f))) {
      const n = nameRun(tokens, i + 1, words, 3);
      if (n > 0)
        out.push({ kind: "place", start: i + 1, end: i + 1 + n, strength: looksTransliterated(next.norm) ? "strong" : "weak", words: norms(tokens, i + 1, i + 1 + n) });
    } else if (t.forms.some((f) => placePrepositions.has(f)) && isNameWord(next, words) && looksTransliterated(next.norm)) {
      const n = nameRun(tokens, i + 1, words, 2);
      out.push({ kind: "place", start: i + 1, end: i + 1 + n, strength: "weak", words: norms(tokens, i + 1, i + 1 + n) });
    }
  }
  return out;
}
