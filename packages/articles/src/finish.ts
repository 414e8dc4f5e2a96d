/** Checks every format applies to a built article before it is returned. */
import type { Article, Skipped } from "./types.js";
import { arabicLetterShare, hasLetters } from "./script.js";

/** Below this share of Arabic letters in the cleaned body, the article is not Arabic. */
export const MIN_ARABIC_SHARE = 0.4;
/** Fewer letters than this in the cleaned body: nothing to brief. */
const MIN_LETTERS = 20;

export function checkArticle(article: Article, line?: number): Article | Skipped {
  const body = article.paragraphs.map((p) => p.text).join("\n");
  const at = line === undefined ? {} : { line };
  if (!hasLetters(body, MIN_LETTERS)) return { path: article.path, reason: "no article text after cleaning", ...at };
  const share = arabicLetterShare(body);
  if (share < MIN_ARABIC_SHARE) {
    return { path: article.path, reason: `not Arabic (${Math.round(share * 100)}% of letters are Arabic script)`, ...at };
  }
  return article;
}

export function isArticle(x: Article | Skipped): x is Article {
  return (x as Article).paragraphs !== undefined;
}

/** File name without directory and extension(s): the article id of a file. */
export function idFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const noGz = base.replace(/\.gz$/i, "");
  const dot = noGz.lastIndexOf(".");
  return dot > 0 ? noGz.slice(0, dot) : noGz;
}
