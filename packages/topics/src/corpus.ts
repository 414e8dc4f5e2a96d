/**
 * A corpus as bags of stems: per-document stem counts, document frequencies, and
 * the surface forms seen for each stem (to print a stem as a word people read).
 */
import { contentWords } from "./analyse.js";
import { countStems, documentFrequency, emptyVocabulary, type Vocabulary } from "./tfidf.js";

export interface StemCorpus {
  vocab: Vocabulary;
  counts: Map<number, number>[];
  df: Float64Array;
  /** stem id → surface form → count */
  surfaces: Map<number, Map<string, number>>;
}

export function stemCorpus(texts: readonly string[]): StemCorpus {
  const vocab = emptyVocabulary();
  const surfaces = new Map<number, Map<string, number>>();
  const counts = texts.map((text) => {
    const words = contentWords(text);
    const c = countStems(
      vocab,
      words.map((w) => w.stem),
    );
    for (const w of words) {
      const id = vocab.index.get(w.stem) as number;
      let forms = surfaces.get(id);
      if (!forms) surfaces.set(id, (forms = new Map()));
      forms.set(w.surface, (forms.get(w.surface) ?? 0) + 1);
    }
    return c;
  });
  return { vocab, counts, df: documentFrequency(counts, vocab.stems.length), surfaces };
}

/**
 * Most frequent surface form of a stem, forms with a leading conjunction or
 * preposition (والأرصاد، بالسوق) counting half, so the bare word is shown when it is
 * common enough (ties: shortest, then code-point order).
 */
export function surfaceOf(corpus: StemCorpus, id: number): string {
  const forms = corpus.surfaces.get(id);
  if (!forms || forms.size === 0) return corpus.vocab.stems[id] ?? "";
  let best = "";
  let bestCount = -1;
  for (const [form, raw] of forms) {
    const count = /^(و|ف|ب|ل|ك)/.test(form) && form.length > 4 ? raw / 2 : raw;
    if (
      count > bestCount ||
      (count === bestCount && (form.length < best.length || (form.length === best.length && form < best)))
    ) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
