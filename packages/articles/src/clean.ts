/**
 * Turns a decoded text into an Article: line rules (rules.ts) in a fixed order, then the
 * headline, captions, subheadings and repeated lines, then metadata. Every line ends up
 * either in `paragraphs` (body or subheading), as the title, or in `removed` with a kind.
 */
import type { Article, KnownMetadata, Paragraph, Removal, RemovalKind } from "./types.js";
import { splitLines, type Line } from "./lines.js";
import { fold, foldedWords, wordCount } from "./fold.js";
import { dateFreeWords, parseDate, parseMonthYear } from "./date.js";
import {
  agencyLine, datelineAgency, domainOf, endsLikeSentence, hasNoWords, isEndMarker, isHeadlineShaped,
  isLinkOnly, isListItem, isPhraseLine, matchLabel, mentionsPhrase, opensWithPhrase, phrasePosition,
} from "./rules.js";
import { phrases } from "./lexicon.js";

export interface BuildInput {
  id: string;
  path: string;
  text: string;
  encoding: string;
  known?: KnownMetadata;
  /** Lines the format already identified (markdown headings, HTML headings). */
  structure?: ReadonlyMap<number, "title" | "subheading" | "caption">;
  /** The format has no headline line in its text (jsonl content, HTML body). */
  titleInText?: boolean;
}

type Verdict =
  | { kind: "keep" }
  | { kind: "title" }
  | { kind: "subheading" }
  | { kind: RemovalKind; rule: string };

interface Found {
  title: string | null;
  date: string | null;
  source: string | null;
  sourceWeight: number;
  author: string | null;
  siteNames: Set<string>;
}

/** Longest line that can be a headline. */
const MAX_TITLE_WORDS = 30;
/** Longest line that can be a subheading or caption. */
const MAX_SUBHEADING_WORDS = 15;
/** Longer lines are running text for every rule but promotion (disclaimers are shorter). */
const LONG_LINE_WORDS = 40;
const LONG_LINE_CHARS = 1000;
/** Most short lines after the last paragraph that are taken for a site footer. */
const MAX_FOOTER_LINES = 2;
/** Shortest line (in words) whose verbatim repetition inside an article is a scraping fault. */
const MIN_REPEAT_WORDS = 20;

/** Which rule removed a line (for evaluation and debugging; not part of the JSON shape). */
const ruleOfRemoval = new WeakMap<Removal, string>();

export function ruleOf(removal: Removal): string | undefined {
  return ruleOfRemoval.get(removal);
}

export function buildArticle(input: BuildInput): Article {
  const lines = splitLines(input.text).filter((l) => l.text !== "");
  const found: Found = { title: nonEmpty(input.known?.title), date: null, source: null, sourceWeight: 0, author: null, siteNames: collectSiteNames(lines) };
  const verdicts = new Map<number, Verdict>();

  for (const [n, kind] of input.structure ?? []) if (kind === "caption") verdicts.set(n, { kind: "caption", rule: "figure-caption" });
  applyLineRules(lines, verdicts, found);
  const titleLine = pickTitle(lines, verdicts, input);
  if (titleLine) {
    verdicts.set(titleLine.line, { kind: "title" });
    found.title ??= titleLine.text;
  }
  markCaptions(lines, verdicts, found);
  markStructure(lines, verdicts, input.structure);
  markRepeats(lines, verdicts);

  const paragraphs: Paragraph[] = [];
  const removed: Removal[] = [];
  for (const l of lines) {
    const v = verdicts.get(l.line) ?? { kind: "keep" };
    if (v.kind === "title") continue;
    if (v.kind === "keep" || v.kind === "subheading") {
      paragraphs.push({ text: l.text, start: l.start, end: l.end, line: l.line, kind: v.kind === "keep" ? "body" : "subheading" });
    } else {
      const r: Removal = { kind: v.kind, line: l.line, text: l.text };
      ruleOfRemoval.set(r, v.rule);
      removed.push(r);
    }
  }

  for (const name of found.siteNames) offerSource(found, name, 2);
  const firstBody = paragraphs.find((p) => p.kind === "body");
  if (firstBody) offerSource(found, datelineAgency(firstBody.text), 2);
  const known = input.known ?? {};
  return {
    id: input.id,
    path: input.path,
    title: nonEmpty(known.title) ?? found.title,
    date: normalizeKnownDate(known.date) ?? found.date,
    source: nonEmpty(known.source) ?? found.source,
    author: nonEmpty(known.author) ?? found.author,
    url: nonEmpty(known.url),
    text: input.text,
    encoding: input.encoding,
    paragraphs,
    removed,
  };
}

/** Site names announced by the page itself: "من خلال موقع (فيتو)", "موقع الحرة". */
function collectSiteNames(lines: readonly Line[]): Set<string> {
  const names = new Set<string>();
  for (const l of lines) {
    if (!isPromo(l.text)) continue;
    const m = /موقع\s*[(«"“]([^)»"”]{1,30})[)»"”]/u.exec(l.text);
    if (m) names.add(m[1]!.trim());
  }
  return names;
}

/** Context-free rules plus the "read also" cut, in document order. */
function applyLineRules(lines: readonly Line[], verdicts: Map<number, Verdict>, found: Found): void {
  let endSeen = false; // a source, tag or end-of-story line: the article proper is over
  const seenKeys = new Set<string>(); // content words of the lines before the current one (for "read also")
  let seenUpTo = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    if (verdicts.has(l.line)) continue;
    const set = (kind: RemovalKind, rule: string) => verdicts.set(l.line, { kind, rule });

    if (hasNoWords(t)) { set("boilerplate", "no-words"); continue; }
    // Running text: only a promotion opening the paragraph can make it chrome.
    if (wordCount(t) > LONG_LINE_WORDS || t.length > LONG_LINE_CHARS) {
      if (isPromo(firstWords(t, 12), true)) set("boilerplate", "promo");
      continue;
    }

    const related = relatedMarker(t);
    if (related === "inline") { set("related", "read-also-link"); continue; }
    if (related === "standalone") {
      set("related", "read-also");
      const rest = lines.slice(i + 1, i + 14);
      for (; seenUpTo < i; seenUpTo++) for (const k of contentKeys(lines[seenUpTo]!.text)) seenKeys.add(k);
      if (endSeen || looksLikeAppendedStory(seenKeys, rest)) {
        for (const r of lines.slice(i + 1)) verdicts.set(r.line, { kind: "related", rule: "read-also-tail" });
        break;
      }
      // A box of links inside the article: the headline-shaped lines right after the marker.
      for (let j = i + 1; j < lines.length && j <= i + 5 && isHeadlineShaped(lines[j]!.text); j++) {
        verdicts.set(lines[j]!.line, { kind: "related", rule: "read-also-link" });
      }
      continue;
    }

    const label = matchLabel(t);
    if (label) {
      if (label.cls === "date") {
        const d = parseDate(label.value) ?? parseMonthYear(label.value);
        if (d) { found.date ??= d; set("metadata", "date-label"); continue; }
        if (label.value === "") { set("metadata", "empty-label"); continue; }
      } else {
        set("metadata", `${label.cls}-label`);
        if (label.cls === "source") { offerSource(found, cleanName(label.value), 5); endSeen = true; }
        if (label.cls === "site") offerSource(found, domainOf(label.value) ?? cleanName(label.value), 3);
        if (label.cls === "author" && label.value !== "") found.author ??= cleanName(label.value);
        continue;
      }
    }

    const agency = agencyLine(t);
    if (agency && wordCount(t) <= 5) { set("metadata", "agency"); offerSource(found, agency, 4); endSeen = true; continue; }
    if (isEndMarker(t)) { set("boilerplate", "end-marker"); endSeen = true; continue; }

    if (isDateLine(t)) { found.date ??= parseDate(t) ?? parseMonthYear(t); set("metadata", "date-line"); continue; }

    if (isLinkOnly(t)) { set("boilerplate", "link-only"); offerSource(found, domainOf(t), 1); continue; }

    if (isTagLine(t)) { set("boilerplate", "tags"); endSeen = true; continue; }

    if (isStaffLine(t)) {
      set("boilerplate", "staff");
      const next = lines[i + 1];
      if (next && isPhraseLine(t, ["staff"], 0) && isPersonName(next.text)) {
        verdicts.set(next.line, { kind: "boilerplate", rule: "staff-name" });
      }
      continue;
    }

    if ((!isListItem(t) && isPhraseLine(t, ["comment", "subscription", "widget", "contact"], 1))
      || opensWithPhrase(t, "comment", 16) || opensWithPhrase(t, "subscription", 12) || opensWithPhrase(t, "contact", 10)) {
      set("boilerplate", "widget-or-prompt");
      continue;
    }

    if (isPromo(t)) { set("boilerplate", "promo"); continue; }
    if (isDisclaimer(t)) { set("boilerplate", "disclaimer"); continue; }
    if (isCaptionMarked(t)) { set("caption", "caption-marker"); continue; }
  }
}

function firstWords(text: string, n: number): string {
  return text.split(/\s+/, n).join(" ");
}

function relatedMarker(text: string): "standalone" | "inline" | null {
  const f = fold(text);
  for (const p of phrases.related) {
    if (f === p || f === `و${p}`) return "standalone";
    if ((f.startsWith(`${p} `)) && /^[^:：|]{1,25}[:：|]/u.test(text) && wordCount(text) <= 25) return "inline";
  }
  return null;
}

/**
 * After a "read also" marker: a headline followed by running text is a different story
 * appended to the page (not a box of links inside the article) when the headline brings
 * in a word the article has not used so far and the next paragraph takes that word up.
 * `seen` holds the content words of the article before the marker.
 */
function looksLikeAppendedStory(seen: ReadonlySet<string>, rest: readonly Line[]): boolean {
  if (rest.length < 3) return false;
  const [head, ...body] = rest.slice(0, 12);
  if (!isHeadlineShaped(head!.text, MAX_TITLE_WORDS)) return false;
  const running = body.filter((l) => wordCount(l.text) >= 12 && endsLikeSentence(l.text));
  if (running.length < 2) return false;
  const next = new Set(contentKeys(running[0]!.text));
  const shared = contentKeys(head!.text).filter((k) => next.has(k));
  return shared.length >= 2 && shared.some((k) => !seen.has(k));
}

/** Content-word keys: folded words of 3+ letters without a leading conjunction or article. */
function contentKeys(text: string): string[] {
  return foldedWords(text)
    .map((w) => w.replace(/^(?:وال|فال|بال|لل|ال|و)(?=\S{3})/u, ""))
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}

function isDateLine(text: string): boolean {
  if (wordCount(text) > 8 || /[.!?؟]$/u.test(text)) return false;
  if (!parseDate(text)) return false;
  // Besides the date itself (digits, month and weekday names) at most two words: "GMT", "الموافق".
  return dateFreeWords(text) <= 2;
}

function isTagLine(text: string): boolean {
  const f = fold(text);
  return phrases.tags.some((p) => (f === p || f.startsWith(`${p} `)) && (f === p || /^[^:：]{1,25}[:：]/u.test(text)));
}

/** "رئيس التحرير" alone (the name follows on the next line) or "رئيس التحرير: name". */
function isStaffLine(text: string): boolean {
  if (isPhraseLine(text, ["staff"], 0)) return true;
  const colon = text.search(/[:：]/u);
  return colon !== -1 && isPhraseLine(text.slice(0, colon), ["staff"], 0) && wordCount(text.slice(colon + 1)) <= 4;
}

/** Two to four words, no digits or sentence punctuation: the shape of a personal name. */
function isPersonName(text: string): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= 4 && !/[\d.:،,؟?!]/u.test(text);
}

/**
 * Promotion: a call to action ("تابعونا", "اضغط هنا"), or the site addressing the reader
 * ("نقدم لكم") about itself (a site word: موقع، بوابة، قناتنا…). Placed at the start of a
 * paragraph or in a short one.
 */
function isPromo(text: string, opening = false): boolean {
  const near = (pos: number) => pos !== -1 && (pos <= 4 || (!opening && wordCount(text) <= 25));
  if (near(phrasePosition(text, "promo"))) return true;
  const address = phrasePosition(text, "promoAddress");
  if (!near(address)) return false;
  const site = phrasePosition(text, "siteWords");
  return site !== -1 && site >= address && site - address <= 6;
}

function isDisclaimer(text: string): boolean {
  return wordCount(text) <= 40 && mentionsPhrase(text, "disclaimer");
}

/** "صورة أرشيفية", "(صورة: رويترز)", "تصوير: فلان" */
function isCaptionMarked(text: string): boolean {
  if (wordCount(text) > 12) return false;
  const inner = text.replace(/^[\s([{«"“-]+|[\s)\]}»"”.-]+$/gu, "");
  const f = fold(inner);
  return phrases.caption.some((p) => f === p || (f.startsWith(`${p} `) && /^[^:：]{1,20}[:：]/u.test(inner)));
}

/** The first remaining line, when it has the shape of a headline and something follows it. */
function pickTitle(lines: readonly Line[], verdicts: Map<number, Verdict>, input: BuildInput): Line | null {
  if (input.structure) {
    for (const [n, kind] of input.structure) if (kind === "title" && !verdicts.has(n)) return lines.find((l) => l.line === n) ?? null;
  }
  const rest = lines.filter((l) => !verdicts.has(l.line));
  const first = rest[0];
  if (input.titleInText === false) {
    // The headline repeated as the first line of the content is the title line, not a paragraph.
    const known = nonEmpty(input.known?.title);
    return first && known && rest.length > 1 && fold(first.text) === fold(known) ? first : null;
  }
  if (!first || rest.length < 2) return null;
  if (!isHeadlineShaped(first.text, MAX_TITLE_WORDS) && !isQuestionHeadline(first.text)) return null;
  if (first.text.length > 250) return null;
  return first;
}

function isQuestionHeadline(text: string): boolean {
  return wordCount(text) <= MAX_TITLE_WORDS && /[؟?!]["'”»)]*$/u.test(text) && !/[.]/u.test(text.slice(0, -1));
}

/**
 * Photo captions: a short line that repeats the headline or a neighbouring line (what
 * remains after a trailing ", credit" included), or that ends with a known site or
 * agency name after a comma.
 */
function markCaptions(lines: readonly Line[], verdicts: Map<number, Verdict>, found: Found): void {
  const kept = lines.filter((l) => !verdicts.has(l.line) || verdicts.get(l.line)!.kind === "title");
  const credits = new Set([...found.siteNames].map(fold));
  if (found.source) credits.add(fold(found.source));
  const title = found.title ? fold(found.title) : "";
  const byline = found.title && /[:：]/u.test(found.title) ? fold(found.title.slice(0, found.title.search(/[:：]/u))) : "";
  const isShort = (l: Line | undefined) => !!l && wordCount(l.text) <= MAX_SUBHEADING_WORDS && !endsLikeSentence(l.text);
  const firstBody = kept.findIndex((l) => verdicts.get(l.line)?.kind !== "title" && !isShort(l));
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i]!;
    if (verdicts.get(l.line)?.kind === "title" || !isShort(l) || isListItem(l.text)) continue;
    const { body, credit } = splitCredit(l.text);
    const key = fold(body);
    if (key === "") continue;
    // "كاتب: عنوان" headlines of opinion pages: the name line under them is the byline.
    if (byline !== "" && key === byline && isPersonName(body)) {
      verdicts.set(l.line, { kind: "metadata", rule: "byline" });
      found.author ??= body.trim();
      continue;
    }
    if (key.split(" ").length < 2) continue;
    // Captions sit with the picture under the headline: before the running text starts.
    const nearTop = firstBody === -1 || i < firstBody + 2;
    const repeatsTitle = nearTop && title !== "" && (isPrefixOf(key, title) || isPrefixOf(title, key) || nearlySameWords(key, title));
    // A caption and its credited copy: same words, one of them with a trailing ", credit" or comma.
    const pairs = [kept[i - 1], kept[i + 1]].some((n) => {
      if (!isShort(n) || verdicts.get(n!.line)?.kind === "title") return false;
      const other = splitCredit(n!.text);
      const hasCredit = credit !== null || other.credit !== null || /[،,]\s*$/u.test(l.text) || /[،,]\s*$/u.test(n!.text);
      return hasCredit && fold(other.body) === key;
    });
    const credited = credit !== null && (credits.has(fold(credit)) || agencyLine(credit) !== null);
    if (repeatsTitle || pairs || credited) {
      verdicts.set(l.line, { kind: "caption", rule: repeatsTitle ? "caption-repeats-title" : pairs ? "caption-pair" : "caption-credit" });
    }
  }
}

function splitCredit(text: string): { body: string; credit: string | null } {
  const m = /^(.*\S)\s*[،,]\s*([^،,]*)$/u.exec(text);
  if (!m) return { body: text, credit: null };
  const credit = m[2]!.trim();
  if (credit === "") return { body: m[1]!, credit: null };
  if (wordCount(credit) > 3) return { body: text, credit: null };
  return { body: m[1]!, credit };
}

function isPrefixOf(a: string, b: string): boolean {
  return a !== "" && `${b} `.startsWith(`${a} `);
}

/** Word sets that nearly coincide (a headline reworded by one word). */
function nearlySameWords(a: string, b: string): boolean {
  const wa = new Set(a.split(" "));
  const wb = new Set(b.split(" "));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size) >= 0.8;
}

/**
 * Subheadings: short unpunctuated lines with running text after them. One or two such
 * lines at the very end of the page (nothing follows) are a site footer, not structure;
 * a longer run or list items there are content (a list, a table) and stay.
 */
function markStructure(lines: readonly Line[], verdicts: Map<number, Verdict>, structure?: ReadonlyMap<number, "title" | "subheading" | "caption">): void {
  const kept = lines.filter((l) => !verdicts.has(l.line));
  const marked = (l: Line) => structure?.get(l.line) === "subheading";
  const short = (l: Line) => isHeadlineShaped(l.text, MAX_SUBHEADING_WORDS) && !isListItem(l.text);
  // Footer chrome is a few words without figures, "label: value", clauses or sentence ends,
  // and does not continue running text (a line opening with the conjunction و).
  const footerLike = (l: Line) =>
    wordCount(l.text) <= 8 && !/[\d:：|،,.!?؟…]/u.test(l.text) && !/^و\S{2,}/u.test(l.text) && !/^و /u.test(l.text);
  let lastBody = -1;
  for (let i = 0; i < kept.length; i++) if (!marked(kept[i]!) && !short(kept[i]!)) lastBody = i;
  if (lastBody === -1) return; // no running text at all: keep the short lines as they are
  const tail = kept.length - 1 - lastBody;
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i]!;
    if (!marked(l) && !short(l)) continue;
    if (i > lastBody) {
      if (!marked(l) && tail <= MAX_FOOTER_LINES && footerLike(l)) verdicts.set(l.line, { kind: "boilerplate", rule: "trailing-short-line" });
      continue;
    }
    verdicts.set(l.line, { kind: "subheading" });
  }
}

/** A line repeated verbatim inside the same article (pasted twice by the scraper). */
function markRepeats(lines: readonly Line[], verdicts: Map<number, Verdict>): void {
  const seen = new Set<string>();
  for (const l of lines) {
    const v = verdicts.get(l.line);
    if (v && v.kind !== "subheading" && v.kind !== "keep") continue;
    const key = fold(l.text);
    if (key.split(" ").length < MIN_REPEAT_WORDS || isListItem(l.text)) continue;
    if (seen.has(key)) verdicts.set(l.line, { kind: "duplicate", rule: "repeated-line" });
    else seen.add(key);
  }
}

function offerSource(found: Found, name: string | null, weight: number): void {
  if (!name) return;
  if (weight > found.sourceWeight) {
    found.source = name;
    found.sourceWeight = weight;
  }
}

function cleanName(value: string): string | null {
  const v = value.replace(/^[\s([{«"“-]+|[\s)\]}»"”.:-]+$/gu, "").trim();
  return v === "" || wordCount(v) > 8 ? null : v;
}

function nonEmpty(v: string | null | undefined): string | null {
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t === "" ? null : t;
}

function normalizeKnownDate(v: string | null | undefined): string | null {
  const t = nonEmpty(v);
  return t === null ? null : parseDate(t);
}
