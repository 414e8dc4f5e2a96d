/**
 * A corpus as bags of stems: per-document stem counts, document frequencies, and
 * the surface forms seen for each stem (to print a stem as a word people read).
 */
import { contentWords } from "./analyse.js";
import { emptyVocabulary, termId, type Vocabulary } from "./tfidf.js";

export interface StemCorpus {
  vocab: Vocabulary;
  /** Per document: its stem ids (ascending) and their counts. */
  counts: { ids: Int32Array; tf: Int32Array }[];
  df: Float64Array;
  /** Surface forms seen of a stem id, with counts. */
  surfacesOf: (id: number) => ReadonlyMap<string, number> | undefined;
}

export function stemCorpus(texts: readonly string[]): StemCorpus {
  const vocab = emptyVocabulary();
  // Surface form → its stem's id and how often it was seen: a form always has the same stem, so one
  // lookup per word gives both; the forms are grouped by stem only when one is printed.
  const forms = new Map<string, { id: number; count: number }>();
  // Counts of the document being read, by stem id; compact arrays are kept, not a Map per document.
  let tf = new Int32Array(1024);
  const seen: number[] = [];
  const counts = texts.map((text) => {
    for (const w of contentWords(text)) {
      let form = forms.get(w.surface);
      if (!form) forms.set(w.surface, (form = { id: termId(vocab, w.stem), count: 0 }));
      form.count++;
      if (form.id >= tf.length) {
        const grown = new Int32Array(Math.max(tf.length * 2, form.id + 1));
        grown.set(tf);
        tf = grown;
      }
      if (tf[form.id] === 0) seen.push(form.id);
      tf[form.id] = (tf[form.id] as number) + 1;
    }
    const ids = Int32Array.from(seen).sort();
    const c = { ids, tf: Int32Array.from(ids, (id) => tf[id] as number) };
    for (const id of seen) tf[id] = 0;
    seen.length = 0;
    return c;
  });
  const df = new Float64Array(vocab.stems.length);
  for (const c of counts) for (const id of c.ids) df[id] = (df[id] as number) + 1;
  let surfaces: Map<number, Map<string, number>> | undefined;
  const surfacesOf = (id: number) => {
    if (!surfaces) {
      surfaces = new Map();
      for (const [surface, form] of forms) {
        let list = surfaces.get(form.id);
        if (!list) surfaces.set(form.id, (list = new Map()));
        list.set(surface, form.count);
      }
    }
    return surfaces.get(id);
  };
  return { vocab, counts, df, surfacesOf };
}

/**
 * Most frequent surface form of a stem, forms with a leading conjunction or
 * preposition (والأرصاد، بالسوق) counting half, so the bare word is shown when it is
 * common enough (ties: shortest, then code-point order).
 */
export function surfaceOf(corpus: StemCorpus, id: number): string {
  const forms = corpus.surfacesOf(id);
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
