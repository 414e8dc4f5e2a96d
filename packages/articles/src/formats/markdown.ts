/**
 * Markdown: "# " headings give the title (first level-1 or first heading of all) and
 * subheadings; inline syntax is masked with spaces of the same length, so every offset and
 * line number of the article still matches the file.
 */
import type { Article, Skipped } from "../types.js";
import { buildArticle } from "../clean.js";
import { checkArticle, idFromPath } from "../finish.js";

export function readMarkdown(path: string, source: string, encoding: string): Article | Skipped {
  const { text, structure } = maskMarkdown(source);
  return checkArticle(buildArticle({ id: idFromPath(path), path, text, encoding, structure }));
}

export function maskMarkdown(source: string): { text: string; structure: Map<number, "title" | "subheading"> } {
  const structure = new Map<number, "title" | "subheading">();
  const out: string[] = [];
  let inFence = false;
  let titleTaken = false;
  const rawLines = source.split("\n");
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const l = { line: i + 1 };
    if (/^\s*(```|~~~)/.test(raw)) { inFence = !inFence; out.push(blank(raw)); continue; }
    if (inFence) { out.push(blank(raw)); continue; }
    const heading = /^(\s{0,3})(#{1,6})(\s+)(.*?)(\s+#+\s*)?$/.exec(raw);
    if (heading) {
      const level = heading[2]!.length;
      if (!titleTaken && (level === 1 || structure.size === 0)) { structure.set(l.line, "title"); titleTaken = true; }
      else structure.set(l.line, "subheading");
      const body = heading[4]!;
      out.push(blank(heading[1]! + heading[2]! + heading[3]!) + maskInline(body) + blank(heading[5] ?? ""));
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) { out.push(blank(raw)); continue; } // horizontal rule
    const prefix = /^(\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?)/.exec(raw)![1]!;
    out.push(blank(prefix) + maskInline(raw.slice(prefix.length)));
  }
  return { text: out.join("\n"), structure };
}

/** Inline markup → spaces: images, links (the label stays), emphasis, code ticks, HTML tags. */
function maskInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, blank)
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, url: string) => ` ${label}${" ".repeat(url.length + 3)}`)
    .replace(/<[^>]{1,200}>/g, blank)
    .replace(/(\*\*|__|\*|_|`|~~)(?=\S)([^*_`~]*?\S)\1/g, (_m, mark: string, inner: string) => blank(mark) + inner + blank(mark));
}

function blank(s: string): string {
  return " ".repeat(s.length);
}
