/** One article as the story and topic finders see it. `date` is YYYY-MM-DD when known. */
export interface StoryDoc {
  id: string;
  text: string;
  date: string | null;
  title?: string | null;
}

/** Articles that report the same event. `articles` are ids ordered by date (unknown dates last, then by id). */
export interface Story {
  id: string;
  label: string;
  keyphrases: string[];
  articles: string[];
}

export interface Topic {
  label: string;
  keyphrases: string[];
  /** Member article ids, strongest member first. */
  articles: string[];
  /** Share of the corpus's topic mass held by this topic (0..1, topics sum to 1). */
  weight: number;
}

export type EntityKind = "person" | "place" | "organisation";

export interface Entity {
  /** Most frequent surface form. */
  name: string;
  kind: EntityKind;
  /** Every surface form merged into this entity, most frequent first. */
  variants: string[];
  count: number;
  /** Ids of the articles that name it, in input order. */
  articles: string[];
}
