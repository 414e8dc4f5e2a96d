/**
 * Cross-article cleaning: a line that recurs in several different stories of the same
 * source is site chrome (a newsletter box, a syndication credit, a footer), whatever its
 * wording. Copies of one story (findDuplicates) count once, so a wire story published
 * twice does not lose its own sentences.
 */
import type { Article, Removal } from "./types.js";
import { fold, wordCount } from "./fold.js";
import { findDuplicates, type DuplicateGroup } from "./duplicates.js";

export interface CorpusOptions {
  /** Stories of one source a short line must recur in. Default: 2 for sources with at most 5 stories, else 3. */
  minStories?: number;
  /** Duplicate groups already computed by findDuplicates (saves computing them again). */
  duplicates?: readonly DuplicateGroup[];
}

/** Lines up to this many words are "short" (labels, credits, prompts). */
const SHORT_LINE_WORDS = 12;
/** A long line must also recur in this share of the source's stories. */
const LONG_LINE_SHARE = 0.05;

export function cleanCorpus(articles: readonly Article[], options: CorpusOptions = {}): Article[] {
  const story = storyOf(options.duplicates ?? findDuplicates(articles));
  const groups = new Map<string, Article[]>();
  for (const a of articles) {
    const key = sourceKey(a);
    const list = groups.get(key);
    if (list) list.push(a); else groups.set(key, [a]);
  }
  const chrome = new Map<string, Set<string>>(); // source key → folded lines
  for (const [key, list] of groups) {
    const stories = new Set(list.map((a) => story.get(a.id) ?? a.id));
    if (stories.size < 2) continue;
    const seen = new Map<string, Set<string>>(); // folded line → stories
    for (const a of list) {
      for (const p of a.paragraphs) {
        // A line ending in a colon introduces what follows ("المقادير:"): structure, not chrome.
        if (/[:：]\s*$/u.test(p.text)) continue;
        const f = fold(p.text);
        if (f === "") continue;
        const set = seen.get(f) ?? new Set<string>();
        set.add(story.get(a.id) ?? a.id);
        seen.set(f, set);
      }
    }
    const minShort = options.minStories ?? (stories.size <= 5 ? 2 : 3);
    const minLong = Math.max(3, minShort, Math.ceil(stories.size * LONG_LINE_SHARE));
    const lines = new Set<string>();
    for (const [f, s] of seen) {
      const short = f.split(" ").length <= SHORT_LINE_WORDS;
      if (s.size >= (short ? minShort : minLong)) lines.add(f);
    }
    if (lines.size > 0) chrome.set(key, lines);
  }
  return articles.map((a) => {
    const lines = chrome.get(sourceKey(a));
    if (!lines) return a;
    const removed: Removal[] = [];
    const paragraphs = a.paragraphs.filter((p) => {
      if (!lines.has(fold(p.text)) || wordCount(p.text) === 0) return true;
      removed.push({ kind: "boilerplate", line: p.line, text: p.text });
      return false;
    });
    if (removed.length === 0) return a;
    return { ...a, paragraphs, removed: [...a.removed, ...removed].sort((x, y) => x.line - y.line) };
  });
}

/** Articles of one source: the stated source, else the folder (or dataset file) they came from. */
function sourceKey(a: Article): string {
  if (a.source) return `source:${fold(a.source)}`;
  const dir = a.path.replace(/[\\/][^\\/]*$/, "");
  return `path:${dir === a.path ? "" : dir}`;
}

/** Article id → id of the story it is a copy of (itself when unique). */
function storyOf(groups: readonly DuplicateGroup[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const g of groups) for (const c of g.copies) map.set(c, g.original);
  return map;
}
