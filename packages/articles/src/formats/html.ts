/**
 * HTML pages: the main content is found by Mozilla Readability (the Firefox Reader View
 * algorithm) over a linkedom DOM. linkedom has no script engine, and script, style and
 * embed elements are removed before Readability sees the page, so nothing on the page runs.
 * The article text is rebuilt block by block (one paragraph a line, blank line between),
 * headings become subheadings and figure captions are reported as captions.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { Article, KnownMetadata, Skipped } from "../types.js";
import { buildArticle } from "../clean.js";
import { checkArticle, idFromPath } from "../finish.js";
import { parseDate } from "../date.js";
import { fold } from "../fold.js";

type Structure = Map<number, "title" | "subheading" | "caption">;

/** The few DOM members used here (the package compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): unknown;
}

const INERT = "script, style, noscript, template, iframe, object, embed, svg, canvas";
const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "FIGCAPTION", "PRE", "TD", "TH", "DT", "DD", "CAPTION"]);
const CONTAINERS = new Set(["DIV", "SECTION", "ARTICLE", "MAIN", "UL", "OL", "TABLE", "TBODY", "THEAD", "TR", "FIGURE", "HEADER", "FOOTER", "ASIDE", "NAV", "DL", "SPAN", "FONT", "CENTER", "BODY"]);

export function readHtml(path: string, html: string, encoding: string): Article | Skipped {
  const document = parseHTML(html).document as unknown as DomDocument;
  for (const el of Array.from(document.querySelectorAll(INERT))) el.remove();
  const known = headMetadata(document);
  let root: DomElement | null = null;
  try {
    type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
    const parsed = new Readability<unknown>(document.cloneNode(true) as ReadabilityDocument, {
      serializer: (node) => node,
      charThreshold: 200,
    }).parse();
    if (parsed?.content) root = parsed.content as DomElement;
    known.title ??= clean(parsed?.title);
    known.source ??= clean(parsed?.siteName);
    known.author ??= clean(parsed?.byline);
    known.date ??= parsed?.publishedTime ? parseDate(parsed.publishedTime) : null;
  } catch {
    root = null;
  }
  if (!root) return { path, reason: "HTML without article content" };
  const { text, structure } = blocksToText(root, known.title ?? null);
  if (text.trim() === "") return { path, reason: "HTML without article content" };
  const checked = checkArticle(buildArticle({
    id: idFromPath(path),
    path,
    text,
    encoding,
    known,
    structure,
    titleInText: structure.size > 0 && [...structure.values()].includes("title"),
  }));
  if ("reason" in checked && checked.reason.startsWith("no article text")) return { path, reason: "HTML without article content" };
  return checked;
}

function headMetadata(document: DomDocument): KnownMetadata {
  const meta = (sel: string) => clean(document.querySelector(sel)?.getAttribute("content"));
  const timeEl = document.querySelector("time[datetime]");
  const dateText = meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="date"]')
    ?? meta('meta[itemprop="datePublished"]') ?? clean(timeEl?.getAttribute("datetime")) ?? clean(document.querySelector("time")?.textContent);
  const h1 = clean(document.querySelector("h1")?.textContent);
  return {
    title: meta('meta[property="og:title"]') ?? clean(document.querySelector("title")?.textContent) ?? h1,
    date: dateText ? parseDate(dateText) : null,
    source: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta('meta[property="og:url"]'),
  };
}

/** One line per block element, blank lines between; headings and captions marked by line. */
function blocksToText(root: DomElement, title: string | null): { text: string; structure: Structure } {
  const out: string[] = [];
  const structure: Structure = new Map();
  let titled = false;
  const emit = (text: string, kind?: "title" | "subheading" | "caption") => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t === "") return;
    if (kind === "title") titled = true;
    if (out.length > 0) out.push("");
    out.push(t);
    if (kind) structure.set(out.length, kind);
  };
  const walk = (node: DomElement) => {
    let inline = "";
    const flush = () => { emit(inline); inline = ""; };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) { inline += child.textContent ?? ""; continue; }
      if (child.nodeType !== 1) continue;
      const el = child as DomElement;
      const tag = el.tagName.toUpperCase();
      if (tag === "BR") { flush(); continue; }
      if (BLOCKS.has(tag)) {
        flush();
        if (/^H[1-6]$/.test(tag)) emit(el.textContent ?? "", !titled && out.length === 0 && sameText(el.textContent, title) ? "title" : "subheading");
        else if (tag === "FIGCAPTION" || tag === "CAPTION") emit(el.textContent ?? "", "caption");
        else if (hasBlockChild(el)) walk(el);
        else emit(el.textContent ?? "");
        continue;
      }
      if (CONTAINERS.has(tag) && hasBlockChild(el)) { flush(); walk(el); continue; }
      if (CONTAINERS.has(tag) && tag !== "SPAN" && tag !== "FONT") { flush(); emit(el.textContent ?? ""); continue; }
      inline += el.textContent ?? "";
    }
    flush();
  };
  walk(root);
  return { text: out.join("\n"), structure };
}

function hasBlockChild(el: DomElement): boolean {
  for (const c of Array.from(el.children)) {
    const tag = c.tagName.toUpperCase();
    if (BLOCKS.has(tag) || tag === "BR" || (CONTAINERS.has(tag) && tag !== "SPAN" && tag !== "FONT")) return true;
  }
  return false;
}

/** Readability turns the page's h1 into h2; a first heading that repeats the title is the title line. */
function sameText(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && fold(a) !== "" && fold(a) === fold(b);
}

function clean(v: string | null | undefined): string | null {
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}
