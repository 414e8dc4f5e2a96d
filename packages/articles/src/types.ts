/** Public shapes of @mawjaz/articles (see the repository's contracts). */

export interface Paragraph {
  /** text === article.text.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** 1-based line of `start` in article.text */
  line: number;
  kind: "body" | "subheading";
}

export type RemovalKind = "boilerplate" | "related" | "caption" | "metadata" | "duplicate";

export interface Removal {
  kind: RemovalKind;
  /** 1-based line in article.text */
  line: number;
  text: string;
}

export interface Article {
  id: string;
  path: string;
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  /** The decoded text every offset refers to (for .jsonl: the content field; for HTML: the extracted text). */
  text: string;
  /** e.g. "utf-8", "utf-16le", "windows-1256" */
  encoding: string;
  /** The cleaned article in order (title line excluded); offsets into text. */
  paragraphs: Paragraph[];
  removed: Removal[];
}

export interface Skipped {
  path: string;
  reason: string;
  line?: number;
}

export interface ReadOptions {
  /** Files (and .jsonl records) larger than this are skipped. Default 5 MB. */
  maxBytes?: number;
}

export interface ReadResult {
  articles: Article[];
  skipped: Skipped[];
}

/** Metadata known before cleaning (from jsonl fields or HTML meta tags); these win over guesses. */
export interface KnownMetadata {
  title?: string | null;
  date?: string | null;
  source?: string | null;
  author?: string | null;
  url?: string | null;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
