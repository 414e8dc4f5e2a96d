import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupStories } from "../src/index.js";
import { eventDocs } from "./fixtures/news.js";
import { seedDocs } from "./seeds.js";

const asSets = (r: ReturnType<typeof groupStories>) => r.stories.map((s) => [...s.articles].sort()).sort();

describe("groupStories", () => {
  it("groups reports of the same event and leaves the unrelated article unassigned", () => {
    const r = groupStories(eventDocs());
    expect(asSets(r)).toEqual([
      ["final-1", "final-2", "final-3"],
      ["quake-1", "quake-2", "quake-3"],
    ]);
    expect(r.unassigned).toEqual(["other"]);
  });

  it("labels a story with its distinctive keyphrases", () => {
    const quake = groupStories(eventDocs()).stories.find((s) => s.articles.includes("quake-1"));
    expect(quake?.label).toMatch(/زلزال|مراكش|الحوز/);
    expect(quake?.keyphrases.length).toBeGreaterThan(0);
    expect(quake?.keyphrases.join(" ")).not.toMatch(/الهلال|الدوسري/);
  });

  it("orders a story's articles by date, unknown dates last", () => {
    const docs = eventDocs().map((d) =>
      d.id === "quake-1" ? { ...d, date: "2023-09-10" } : d.id === "quake-3" ? { ...d, date: "2023-09-09" } : d,
    );
    const quake = groupStories(docs).stories.find((s) => s.articles.includes("quake-1"));
    expect(quake?.articles).toEqual(["quake-3", "quake-1", "quake-2"]);
  });

  it("never puts articles months apart in one story, even with the same words", () => {
    const docs = eventDocs().map((d) => (d.id === "quake-3" ? { ...d, date: "2024-03-01" } : d.id.startsWith("quake") ? { ...d, date: "2023-09-09" } : d));
    const r = groupStories(docs);
    const quake = r.stories.find((s) => s.articles.includes("quake-1"));
    expect(quake?.articles).not.toContain("quake-3");
    expect(r.unassigned).toContain("quake-3");
  });

  it("is deterministic and does not depend on input order for its groups", () => {
    const docs = eventDocs();
    expect(groupStories(docs)).toEqual(groupStories(docs));
    expect(asSets(groupStories([...docs].reverse()))).toEqual(asSets(groupStories(docs)));
  });

  it("handles empty and odd input without throwing", () => {
    expect(groupStories([])).toEqual({ stories: [], unassigned: [] });
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), text: fc.string(), date: fc.option(fc.string()) }), { maxLength: 6 }), (docs) => {
        const r = groupStories(docs);
        expect(r.stories.flatMap((s) => s.articles).length + r.unassigned.length).toBe(docs.length);
      }),
      { numRuns: 60 },
    );
    expect(() => groupStories([{ id: "x", text: "\uD800 ً ـ 😀 abc", date: "not a date" }])).not.toThrow();
  });

  it("on the seeds with their page dates, finds the two stories: Kim in Russia (Sept 2023) and Putin in Pyongyang (June 2024)", () => {
    const r = groupStories(seedDocs({ dates: true }));
    expect(r.stories.map((s) => [...s.articles].sort()).sort()).toEqual([["000", "001", "003"], ["002", "004"]]);
    expect(r.unassigned).toEqual([]);
  });
});
