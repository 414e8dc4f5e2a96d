import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topicCoherence } from "../src/coherence.js";
import { extractTopics } from "../src/index.js";
import { nmf, type SparseMatrix } from "../src/nmf.js";
import { themeDocs } from "./fixtures/news.js";

function dense(rows: number[][]): SparseMatrix {
  const rowStart = [0];
  const colIndex: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    row.forEach((v, c) => {
      if (v !== 0) {
        colIndex.push(c);
        values.push(v);
      }
    });
    rowStart.push(colIndex.length);
  }
  return { rows: rows.length, cols: rows[0]?.length ?? 0, rowStart: Int32Array.from(rowStart), colIndex: Int32Array.from(colIndex), values: Float64Array.from(values) };
}

describe("nmf", () => {
  it("recovers an exactly rank-2 non-negative matrix", () => {
    const X = dense([
      [1, 1, 0, 0],
      [2, 2, 0, 0],
      [0, 0, 1, 3],
      [0, 0, 2, 6],
      [1, 1, 1, 3],
    ]);
    const f = nmf(X, 2, { seed: 7, maxSweeps: 500, tolerance: 1e-9 });
    expect(f.error).toBeLessThan(0.01);
    expect([...f.W, ...f.H].every((v) => v >= 0)).toBe(true);
  });

  it("is deterministic for a seed", () => {
    const X = dense([
      [1, 0, 2],
      [0, 3, 1],
      [4, 1, 0],
    ]);
    expect(nmf(X, 2, { seed: 3 }).W).toEqual(nmf(X, 2, { seed: 3 }).W);
  });
});

describe("topicCoherence (NPMI)", () => {
  const docs = [new Set([0, 1]), new Set([0, 1]), new Set([2]), new Set([3])];
  it("is 1 for words that always occur together and -1 for words never together", () => {
    expect(topicCoherence(docs, [0, 1])).toBeCloseTo(1, 6);
    expect(topicCoherence(docs, [2, 3])).toBe(-1);
  });
});

describe("extractTopics", () => {
  const docs = themeDocs();

  it("separates the themes of a small corpus, choosing k by coherence", () => {
    const { topics, k, coherence } = extractTopics(docs);
    expect(k).toBe(3);
    expect(coherence).toBeGreaterThan(0);
    const theme = new Map(docs.map((d) => [d.id, d.theme]));
    for (const t of topics) expect(new Set(t.articles.map((id) => theme.get(id))).size).toBe(1);
    expect(topics.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 6);
    const football = topics.find((t) => t.articles.includes("football-1"));
    expect(football?.keyphrases.join(" ")).toMatch(/الفريق|الدوري|المهاجم/);
  });

  it("honours a fixed k and is deterministic", () => {
    expect(extractTopics(docs, { k: 2 }).k).toBe(2);
    expect(extractTopics(docs, { seed: 5 })).toEqual(extractTopics(docs, { seed: 5 }));
  });

  it("handles tiny and odd input without throwing", () => {
    expect(extractTopics([])).toEqual({ topics: [], coherence: 0, k: 0 });
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), text: fc.string(), date: fc.constant(null) }), { maxLength: 6 }), fc.integer({ min: -3, max: 50 }), (d, k) => {
        const r = extractTopics(d, { k });
        expect(r.topics.length).toBeLessThanOrEqual(Math.max(0, r.k));
      }),
      { numRuns: 60 },
    );
  });
});
