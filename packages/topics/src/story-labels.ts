/**
 * Story labels: the story's keyphrases (corpusKeyphrases of @mawjaz/keywords over
 * its articles), keeping those that are central and distinctive — in at least half
 * of the story's articles and at most a quarter as common among the articles of the
 * other stories. A label tells a story from the others the reader sees; articles
 * outside every story are not compared (in a briefing of one story and a few
 * stray articles, a phrase that the strays share says nothing against the story).
 * When none survive, the stems (and stem pairs) with the most TF-IDF weight inside
 * the story relative to the other stories stand in.
 */
import { corpusKeyphrases } from "@mawjaz/keywords";
import { contentWords } from "./analyse.js";
import type { StoryModel } from "./story-vectors.js";
import type { StoryDoc } from "./types.js";

export interface StoryLabel {
  label: string;
  keyphrases: string[];
}

const KEYPHRASES = 8;

export function storyLabels(docs: readonly StoryDoc[], stories: readonly (readonly number[])[], model: StoryModel): StoryLabel[] {
  const inStories = stories.flat();
  // Over every article in a story: arrays by term id (a corpus has millions of terms, most in a few articles).
  const total = new Float64Array(model.df.length);
  const presence = new Int32Array(model.df.length);
  for (const m of inStories) {
    const v = model.vectors[m];
    if (!v) continue;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      total[id] = (total[id] as number) + (v.values[k] as number);
      presence[id] = (presence[id] as number) + 1;
    }
  }
  return stories.map((members) => {
    const phrases = distinctiveKeyphrases(docs, members, model, presence, inStories.length);
    const chosen = phrases.length > 0 ? phrases : heaviestTerms(members, model, total, inStories.length);
    return { label: chosen.slice(0, 2).join("، "), keyphrases: chosen.slice(0, KEYPHRASES) };
  });
}

function distinctiveKeyphrases(
  docs: readonly StoryDoc[],
  members: readonly number[],
  model: StoryModel,
  presence: Int32Array,
  storyArticles: number,
): string[] {
  let ranked: { phrase: string }[] = [];
  try {
    ranked = corpusKeyphrases(
      members.map((i) => {
        const d = docs[i] as StoryDoc;
        return { id: d.id, text: d.title ? `${d.title}\n${d.text}` : d.text };
      }),
      { top: 25 },
    );
  } catch {
    ranked = [];
  }
  const others = Math.max(1, storyArticles - members.length);
  const kept: string[] = [];
  for (const { phrase } of ranked) {
    const ids = phraseTerms(phrase, model);
    if (ids === null) continue;
    const inside = members.filter((m) => ids.every((id) => model.has(m, id))).length;
    const inAnyStory = Math.min(...ids.map((id) => presence[id] ?? 0));
    const outside = Math.max(0, inAnyStory - inside);
    const rateIn = inside / members.length;
    if (rateIn < 0.5 || outside / others > rateIn / 4) continue;
    // One name once: the longer form takes the shorter one's place (كيم → كيم جونغ أون).
    const shorter = kept.findIndex((k) => containsWords(phrase, k));
    if (shorter >= 0) kept[shorter] = phrase;
    else if (!kept.some((k) => containsWords(k, phrase))) kept.push(phrase);
    if (kept.length >= KEYPHRASES) break;
  }
  return kept.filter((k, i) => kept.indexOf(k) === i);
}

/** Whether the words of `part` occur, in order and together, among the words of `phrase`. */
function containsWords(phrase: string, part: string): boolean {
  return ` ${phrase.trim().split(/\s+/).join(" ")} `.includes(` ${part.trim().split(/\s+/).join(" ")} `);
}

/** Term ids of a phrase: its stem for one word, its adjacent stem pairs for more; null if unseen. */
function phraseTerms(phrase: string, model: StoryModel): number[] | null {
  const stems = contentWords(phrase).map((w) => w.stem);
  if (stems.length === 0) return null;
  const ids: number[] = [];
  if (stems.length === 1) {
    const id = model.termId(stems[0] as string);
    if (id === undefined) return null;
    ids.push(id);
  } else
    for (let i = 0; i + 1 < stems.length; i++) {
      const id = model.termId(stems[i] as string, stems[i + 1] as string);
      if (id === undefined) return null;
      ids.push(id);
    }
  return ids;
}

function heaviestTerms(members: readonly number[], model: StoryModel, total: Float64Array, n: number): string[] {
  const inside = termMass(members, model);
  const presence = new Map<number, number>();
  for (const m of members) for (const id of model.vectors[m]?.ids ?? []) presence.set(id, (presence.get(id) ?? 0) + 1);
  const others = Math.max(1, n - members.length);
  const scored: [number, number][] = [];
  for (const [id, mass] of inside) {
    if ((presence.get(id) ?? 0) * 2 < members.length) continue;
    const score = mass / members.length - ((total[id] ?? 0) - mass) / others;
    if (score > 0) scored.push([id, score]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const phrases: string[] = [];
  for (const [id] of scored) {
    const phrase = displayTerm(model, id);
    // A word inside a listed pair, or a pair around a listed word, adds nothing.
    if (phrase === "" || phrases.some((u) => u.includes(phrase) || phrase.includes(u))) continue;
    phrases.push(phrase);
    if (phrases.length >= KEYPHRASES) break;
  }
  return phrases;
}

function termMass(members: readonly number[], model: StoryModel): Map<number, number> {
  const mass = new Map<number, number>();
  for (const m of members) {
    const v = model.vectors[m];
    if (!v) continue;
    v.ids.forEach((id, k) => mass.set(id, (mass.get(id) ?? 0) + (v.values[k] as number)));
  }
  return mass;
}

function displayTerm(model: StoryModel, id: number): string {
  const parts = model.pairParts(id) ?? [id];
  return parts.map((p) => commonestSurface(model, p)).join(" ");
}

function commonestSurface(model: StoryModel, id: number): string {
  const forms = model.surfacesOf(id);
  const fallback = model.term(id);
  if (!forms) return fallback;
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? fallback;
}
