/**
 * A story's label: the terms most characteristic of its articles against the other
 * stories — summed TF-IDF weight inside the story, for terms in at least half of its
 * articles, minus their mean weight elsewhere.
 */
import type { StoryModel } from "./story-vectors.js";
import type { StoryDoc } from "./types.js";

export function storyLabel(
  _docs: readonly StoryDoc[],
  members: readonly number[],
  others: readonly number[],
  model: StoryModel,
): { label: string; keyphrases: string[] } {
  const inside = termMass(members, model);
  const outside = termMass(others, model);
  const presence = new Map<number, number>();
  for (const m of members) for (const id of (model.counts[m] as Map<number, number>).keys()) presence.set(id, (presence.get(id) ?? 0) + 1);
  const scored: [number, number][] = [];
  for (const [id, mass] of inside) {
    if ((presence.get(id) ?? 0) * 2 < members.length) continue;
    const score = mass / members.length - (others.length > 0 ? (outside.get(id) ?? 0) / others.length : 0);
    if (score > 0) scored.push([id, score]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const phrases: string[] = [];
  const used = new Set<string>();
  for (const [id] of scored) {
    const phrase = displayTerm(model, id);
    if (phrase === "" || used.has(phrase)) continue;
    // A pair already covered by its words' phrase adds nothing; a word inside a listed pair likewise.
    if ([...used].some((u) => u.includes(phrase) || phrase.includes(u))) continue;
    used.add(phrase);
    phrases.push(phrase);
    if (phrases.length >= 8) break;
  }
  return { label: phrases.slice(0, 3).join("، "), keyphrases: phrases };
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
  const parts = model.pairParts.get(id) ?? [id];
  return parts.map((p) => commonestSurface(model, p)).join(" ");
}

function commonestSurface(model: StoryModel, id: number): string {
  const forms = model.surfaces.get(id);
  const fallback = model.terms[id] ?? "";
  if (!forms) return fallback;
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? fallback;
}
