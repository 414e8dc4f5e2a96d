/** Plain text: one paragraph a line, the headline (when there is one) on the first line. */
import type { Article, Skipped } from "../types.js";
import { buildArticle } from "../clean.js";
import { checkArticle, idFromPath } from "../finish.js";

export function readText(path: string, text: string, encoding: string): Article | Skipped {
  return checkArticle(buildArticle({ id: idFromPath(path), path, text, encoding }));
}
