import { describe, expect, it } from "vitest";
import { averageLinkClusters } from "../src/cluster.js";

describe("averageLinkClusters", () => {
  it("merges while the mean similarity between groups reaches the threshold", () => {
    // 0-1 close, 2 close to 1 but not to 0: mean link of {0,1} to 2 is (0 + 0.5) / 2 = 0.25.
    const links = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 1, b: 2, similarity: 0.5 },
    ];
    expect(averageLinkClusters(3, links, 0.3)).toEqual([[0, 1], [2]]);
    expect(averageLinkClusters(3, links, 0.2)).toEqual([[0, 1, 2]]);
  });

  it("respects the largest time span a cluster may have", () => {
    const links = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 1, b: 2, similarity: 0.9 },
      { a: 0, b: 2, similarity: 0.9 },
    ];
    const span = { days: [0, 10, 100], maxDays: 45 };
    expect(averageLinkClusters(3, links, 0.5, { span })).toEqual([[0, 1], [2]]);
  });

  it("ignores malformed links", () => {
    expect(averageLinkClusters(2, [{ a: 0, b: 5, similarity: 1 }, { a: 0, b: 1, similarity: Number.NaN }], 0.1)).toEqual([[0], [1]]);
  });
});
