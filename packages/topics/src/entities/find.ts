/**
 * findEntities: people, places and organisations named in a corpus.
 * 1. discover names with cue rules (./discover.ts) over every document;
 * 2. count every mention of the discovered names (longest match, clitics allowed on
 *    the first word; a lone surname or family name counts for its full name);
 * 3. merge spelling variants by comparison key (./key.ts) and Jaro-Winkler.
 */
import { normalize } from "@mawjaz/arabic-text";
import type { Entity, EntityKind } from "../types.js";
import { commonGivenNames, nameWordCount, notNames } from "./cues.js";
import { discover, looksTransliterated } from "./discover.js";
import { letterKey, mayDiffer, nameKey, sameName } from "./key.js";
import { corpusWords, GAP_NAMES, Lexicon, type CompactTokens, type CorpusWords, type NameToken, type NameWord } from "./tokens.js";

interface Candidate {
  key: string;
  words: string[];
  votes: Record<EntityKind, number>;
  strong: number;
  weak: number;
}

interface Mention {
  key: string;
  surface: string;
  doc: number;
}

const KINDS: readonly EntityKind[] = ["person", "place", "organisation"];

export function findEntities(docs: readonly { id: string; text: string }[]): Entity[] {
  const lexicon = new Lexicon();
  const texts = docs.map((d) => lexicon.read(typeof d.text === "string" ? d.text : ""));
  const words = corpusWords(texts, lexicon);
  const candidates = discoverCandidates(texts, lexicon, words);
  const mentions = countMentions(texts, lexicon, candidates, words);
  return buildEntities(docs, candidates, mentions);
}

function discoverCandidates(texts: readonly CompactTokens[], lexicon: Lexicon, words: CorpusWords): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  for (const text of texts) {
    for (const p of discover(lexicon.expand(text), words)) {
      const key = nameKey(p.words);
      if (key === "") continue;
      let c = found.get(key);
      if (!c) found.set(key, (c = { key, words: [...p.words], votes: { person: 0, place: 0, organisation: 0 }, strong: 0, weak: 0 }));
      c.votes[p.kind]++;
      if (p.strength === "strong") c.strong++;
      else c.weak++;
    }
  }
  trimTrailingWord(found, words);
  foldIntoPrefixes(found);
  for (const [key, c] of found) if (!confirmed(c)) found.delete(key);
  return found;
}

/**
 * A weak cue (a lone word after a title, a transliterated word after a preposition, a
 * quoted name after a head) must recur; a lone word after a title must also look
 * transliterated (common words and ambiguous given names also follow titles), and a
 * one-word organisation name must have four letters or more.
 */
function confirmed(c: Candidate): boolean {
  if (c.strong > 0) return true;
  if (c.weak < 2) return false;
  if (nameWordCount(c.words) > 1) return true;
  const word = (c.words.find((w) => w !== "عبد") ?? c.words[0]) as string;
  if (kindOf(c) === "person") return looksTransliterated(word) && !commonGivenNames.has(word);
  return kindOf(c) === "organisation" ? word.length >= 4 : true;
}

/**
 * A name run of three words or more may end in the word after the name (جوزيه
 * مورينيو اعتمد): a last word that is not transliterated-looking and occurs in the
 * corpus five times more often than the name was proposed is dropped.
 */
function trimTrailingWord(found: Map<string, Candidate>, words: CorpusWords): void {
  for (const c of [...found.values()]) {
    if (kindOf(c) !== "person" || c.words.length < 3) continue;
    const last = c.words[c.words.length - 1] as string;
    if (looksTransliterated(last) || (words.plain.get(last) ?? 0) <= 5 * (c.strong + c.weak)) continue;
    found.delete(c.key);
    const shorter = c.words.slice(0, -1);
    // عبد الله alone is a given name, not a person
    if (nameWordCount(shorter) < 2) continue;
    const key = nameKey(shorter);
    const existing = found.get(key);
    if (existing) {
      for (const k of KINDS) existing.votes[k] += c.votes[k];
      existing.strong += c.strong;
      existing.weak += c.weak;
    } else found.set(key, { ...c, key, words: shorter });
  }
}

/**
 * A name run can swallow the word after the name (فلاديمير بوتين سيبدأ): when a
 * shorter run of two or more of its first words is itself a proposed name, seen at
 * least as often, the longer one is folded into it.
 */
function foldIntoPrefixes(found: Map<string, Candidate>): void {
  const longestFirst = [...found.values()].sort((a, b) => b.words.length - a.words.length || (a.key < b.key ? -1 : 1));
  for (const c of longestFirst) {
    const parts = c.key.split(" ");
    for (let m = parts.length - 1; m >= 2; m--) {
      const prefix = found.get(parts.slice(0, m).join(" "));
      // never into a bare given name (عبد الله)
      if (prefix && nameWordCount(prefix.words) < 2) continue;
      if (prefix && prefix !== c && prefix.strong + prefix.weak >= c.strong + c.weak) {
        for (const k of KINDS) prefix.votes[k] += c.votes[k];
        prefix.strong += c.strong;
        prefix.weak += c.weak;
        found.delete(c.key);
        break;
      }
    }
  }
}

function kindOf(c: Candidate): EntityKind {
  let best: EntityKind = "person";
  for (const k of KINDS) if (c.votes[k] > c.votes[best]) best = k;
  return best;
}

function countMentions(
  texts: readonly CompactTokens[],
  lexicon: Lexicon,
  candidates: Map<string, Candidate>,
  words: CorpusWords,
): Mention[] {
  // Names by the key of their first word, longest first.
  const byFirst = new Map<string, string[][]>();
  for (const c of candidates.values()) {
    const parts = c.key.split(" ");
    const list = byFirst.get(parts[0] as string) ?? [];
    list.push(parts);
    byFirst.set(parts[0] as string, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || a.join(" ").localeCompare(b.join(" ")));
  const aliases = surnameAliases(candidates, words);
  // A lone surname proposed on its own (أوباما) counts for the full name (باراك أوباما).
  for (const word of aliases.keys()) {
    const own = candidates.get(word);
    if (own && kindOf(own) === "person") {
      candidates.delete(word);
      const list = byFirst.get(word);
      if (list) byFirst.set(word, list.filter((parts) => parts.length > 1));
    }
  }

  // What a token can start depends on its form alone: worked out once per form.
  interface FormInfo {
    key: string;
    /** Per clitic form: the names whose first word it is (longest first), and the name it is a surname of. */
    names: (readonly string[][] | undefined)[];
    alias: (string | undefined)[];
  }
  const info: (FormInfo | undefined)[] = new Array(lexicon.words.length);
  const infoOf = (id: number): FormInfo => {
    let x = info[id];
    if (!x) {
      const w = lexicon.words[id] as NameWord;
      const formKeys = w.forms.map(letterKey);
      x = { key: w.norm.split(/[-‐–]/).map(letterKey).join(" "), names: formKeys.map((k) => byFirst.get(k)), alias: formKeys.map((k) => aliases.get(k)) };
      info[id] = x;
    }
    return x;
  };
  const mentions: Mention[] = [];
  texts.forEach((compact, doc) => {
    const ids = compact.words;
    const key = (i: number) => infoOf(ids[i] as number).key;
    const space = compact.gap.map((g) => (GAP_NAMES[g] === "space" ? 1 : 0));
    let tokens: NameToken[] | null = null;
    for (let i = 0; i < ids.length; i++) {
      const own = infoOf(ids[i] as number);
      let matched: { parts: readonly string[]; form: number } | null = null;
      for (let f = 0; f < own.names.length && !matched; f++) {
        for (const parts of own.names[f] ?? []) {
          if (parts.every((p, q) => q === 0 || (i + q < ids.length && space[i + q] === 1 && key(i + q) === p))) {
            matched = { parts, form: f };
            break;
          }
        }
      }
      if (matched) {
        tokens ??= lexicon.expand(compact);
        const end = tokens[i + matched.parts.length - 1] as NameToken;
        mentions.push({ key: matched.parts.join(" "), surface: surfaceOf(compact.text, tokens[i] as NameToken, matched.form, end), doc });
        i += matched.parts.length - 1;
        continue;
      }
      const f = own.alias.findIndex((target) => target !== undefined);
      if (f >= 0) {
        tokens ??= lexicon.expand(compact);
        const t = tokens[i] as NameToken;
        mentions.push({ key: own.alias[f] as string, surface: surfaceOf(compact.text, t, f, t), doc });
      }
    }
  });
  return mentions;
}

/** The text of a mention, without the clitics stripped to match it (وللأمم → الأمم). */
function surfaceOf(text: string, first: NameToken, form: number, last: NameToken): string {
  const raw = text.slice(first.start, last.end);
  if (form === 0) return raw;
  const f = first.forms[form] as string;
  if (first.norm.endsWith(f)) return raw.slice(first.norm.length - f.length);
  // لل → ال: the article's alef was dropped after the preposition.
  if (f.startsWith("ال") && first.norm.endsWith(f.slice(2))) return "ال" + raw.slice(first.norm.length - (f.length - 2));
  return raw;
}

/**
 * A lone word can stand for a person's full name: the surname (last word) of a
 * name proposed at least twice or that looks transliterated (بوتين for فلاديمير
 * بوتين), and the family name (first word) of a three-word transliterated name
 * (كيم for كيم جونغ أون). When several names share the word, the one proposed
 * most often takes it. The word must itself pass as a name word in the corpus.
 */
function surnameAliases(candidates: Map<string, Candidate>, words: CorpusWords): Map<string, string> {
  const best = new Map<string, Candidate>();
  const consider = (word: string, key: string, c: Candidate) => {
    if (word.length < 3 || notNames.has(word) || commonGivenNames.has(word)) return;
    if (words.definite.has(word) || words.verbs.has(word) || words.accusative.has(word)) return;
    const own = candidates.get(key);
    if (own && kindOf(own) !== "person") return;
    const current = best.get(key);
    const weight = (x: Candidate) => x.strong + x.weak;
    if (!current || weight(c) > weight(current) || (weight(c) === weight(current) && c.key < current.key)) best.set(key, c);
  };
  for (const c of candidates.values()) {
    if (kindOf(c) !== "person" || c.words.length < 2) continue;
    const parts = c.key.split(" ");
    const last = c.words[c.words.length - 1] as string;
    if (c.strong + c.weak >= 2 || looksTransliterated(last)) consider(last, parts[parts.length - 1] as string, c);
    if (c.words.length >= 3 && c.words.some(looksTransliterated)) consider(c.words[0] as string, parts[0] as string, c);
  }
  return new Map([...best].map(([word, c]) => [word, c.key]));
}

function buildEntities(
  docs: readonly { id: string; text: string }[],
  candidates: Map<string, Candidate>,
  mentions: readonly Mention[],
): Entity[] {
  // Union spelling variants of the same kind (./key.ts sameName).
  const keys = [...new Set(mentions.map((m) => m.key))].sort();
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const kind = (k: string): EntityKind => {
    const c = candidates.get(k);
    return c ? kindOf(c) : "person";
  };
  // Compare only keys that could match (./key.ts sameName): same kind and number of words, all words
  // equal but one, which starts with the same letter and is long and transliterated-looking in both.
  const blocks = new Map<string, string[]>();
  for (const k of keys) {
    const parts = k.split(" ");
    parts.forEach((p, i) => {
      if (!mayDiffer(p)) return;
      const block = `${kind(k)}|${parts.length}|${i}|${p[0]}|${parts.map((q, j) => (j === i ? "" : q)).join(" ")}`;
      const list = blocks.get(block) ?? [];
      list.push(k);
      blocks.set(block, list);
    });
  }
  for (const list of blocks.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a] as string;
        const y = list[b] as string;
        if (sameName(x, y)) {
          const rx = find(x);
          const ry = find(y);
          if (rx !== ry) parent.set(ry, rx);
        }
      }
  const groups = new Map<string, { surfaces: Map<string, number>; docs: Set<number>; count: number; kind: EntityKind; words: number }>();
  for (const m of mentions) {
    const root = find(m.key);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { surfaces: new Map(), docs: new Set(), count: 0, kind: kind(root), words: root.split(" ").length }));
    // Variants differ in spelling, not in diacritics, tatweel or invisible marks.
    const surface = normalize(m.surface, "display").replace(/\s+/g, " ").trim();
    if (surface === "") continue;
    g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + 1);
    g.docs.add(m.doc);
    g.count++;
  }
  const entities: Entity[] = [];
  for (const g of groups.values()) {
    const variants = [...g.surfaces].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
    entities.push({
      name: displayName(variants, g.surfaces, g.words),
      kind: g.kind,
      variants,
      count: g.count,
      articles: [...g.docs].sort((a, b) => a - b).map((d) => (docs[d] as { id: string }).id),
    });
  }
  return entities.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The most frequent variant written in full (كيم جونغ أون rather than كيم), else the most frequent. */
function displayName(variants: readonly string[], surfaces: Map<string, number>, words: number): string {
  const full = variants.filter((v) => v.split(/[\s\-‐–]+/).length >= words);
  const pool = full.length > 0 ? full : variants;
  return [...pool].sort((a, b) => (surfaces.get(b) ?? 0) - (surfaces.get(a) ?? 0) || variants.indexOf(a) - variants.indexOf(b))[0] ?? "";
}
