import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { byteLines, jsonlFileLines } from "../src/index.js";

const bytes = (s: string) => Buffer.from(s, "utf8");

/** The bytes cut at the given positions, as a stream of chunks. */
async function* chunked(all: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b)) {
    yield all.subarray(from, cut);
    from = cut;
  }
  yield all.subarray(from);
}

const collect = async (lines: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
};

describe("byteLines", () => {
  it("gives back every line, however the bytes are cut into chunks (inside a character too)", async () => {
    const line = fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, " "));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), async (lines, crlf, cuts) => {
        const text = lines.join(crlf ? "\r\n" : "\n");
        // as with node:readline, a text that ends with a line end has no empty last line
        const expected = lines.at(-1) === "" ? lines.slice(0, -1) : lines;
        expect(await collect(byteLines(chunked(bytes(text), cuts)))).toEqual(expected);
      }),
    );
  });

  it("cuts Arabic text on its line ends only, whatever the chunk size", async () => {
    const text = '{"content":"كوريا الشمالية"}\n{"content":"بيونغ يانغ"}\n';
    for (let size = 1; size <= 8; size++) {
      const cuts = Array.from({ length: Math.ceil(bytes(text).length / size) }, (_, i) => (i + 1) * size);
      expect(await collect(byteLines(chunked(bytes(text), cuts)))).toEqual(['{"content":"كوريا الشمالية"}', '{"content":"بيونغ يانغ"}']);
    }
  });

  it("drops a leading byte-order mark, keeps blank lines, and ends lines at a lone CR", async () => {
    expect(await collect(byteLines(chunked(bytes("\ufeffa\n\nb\rc\r\n"), [1, 2])))).toEqual(["a", "", "b", "c"]);
  });
});

describe("jsonlFileLines", () => {
  it("reads a .jsonl file and a .jsonl.gz file alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mawjaz-jsonl-"));
    try {
      const text = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: String(i), content: "خبر ".repeat(i % 50) })).join("\n");
      writeFileSync(join(dir, "a.jsonl"), text);
      writeFileSync(join(dir, "a.jsonl.gz"), gzipSync(text));
      const plain = await collect(jsonlFileLines(join(dir, "a.jsonl")));
      expect(plain).toHaveLength(5000);
      expect(JSON.parse(plain[4999]!)).toEqual({ id: "4999", content: "خبر ".repeat(49) });
      expect(await collect(jsonlFileLines(join(dir, "a.jsonl.gz")))).toEqual(plain);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails with the file's error when it cannot be read", async () => {
    await expect(collect(jsonlFileLines("/nonexistent/x.jsonl.gz"))).rejects.toThrow(/ENOENT/);
  });
});
