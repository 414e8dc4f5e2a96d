/**
 * Finds lexicon phrases in a line in one pass over its words: phrases are indexed by their
 * first word, and a first word may carry a glued conjunction or preposition (و ف ب ل).
 */

export interface PhraseHit {
  /** word position of the phrase's first word */
  pos: number;
  /** number of words */
  len: number;
}

const CLITICS = ["و", "ف", "ب", "ل", "وب", "ول"];

export class PhraseIndex {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(foldedPhrases: readonly string[]) {
    for (const p of foldedPhrases) {
      const words = p.split(" ");
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words);
      this.byFirst.set(words[0]!, list);
    }
    // Longest first, so the most specific phrase is the one reported at a position.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Every phrase occurrence (longest at each position), in word order. */
  findAll(words: readonly string[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const len = this.matchAt(words, i);
      if (len > 0) {
        hits.push({ pos: i, len });
        i += len - 1;
      }
    }
    return hits;
  }

  /** Position of the first occurrence, or -1. */
  first(words: readonly string[]): number {
    for (let i = 0; i < words.length; i++) if (this.matchAt(words, i) > 0) return i;
    return -1;
  }

  /** Length in words of the longest phrase starting at word i (0 when none). */
  matchAt(words: readonly string[], i: number): number {
    const w = words[i]!;
    let best = this.matchHead(words, i, w);
    if (best > 0) return best;
    for (const c of CLITICS) {
      if (w.length > c.length + 1 && w.startsWith(c)) best = this.matchHead(words, i, w.slice(c.length));
      if (best > 0) return best;
    }
    return 0;
  }

  private matchHead(words: readonly string[], i: number, head: string): number {
    const list = this.byFirst.get(head);
    if (!list) return 0;
    for (const p of list) {
      if (i + p.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < p.length; k++) if (words[i + k] !== p[k]) { ok = false; break; }
      if (ok) return p.length;
    }
    return 0;
  }
}
