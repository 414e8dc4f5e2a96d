import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildArticle, readArticles } from "../src/index.js";
import { maskMarkdown } from "../src/formats/markdown.js";

const lineArb = fc.oneof(
  fc.constantFrom("", "حجم الخط", "0", "اقرأ أيضا:", "المصدر: رويترز", "(أ ف ب)", "كلمات دلالية: أ، ب", "رئيس التحرير", "# عنوان", "* بند",
    "ارتفعت أسعار القمح في الأسواق العالمية خلال الأسبوع الماضي بعد تراجع توقعات الإنتاج.", "عنوان قصير", "https://x.com", "\u200f", "ـــ", "🙂"),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const textArb = fc.array(lineArb, { maxLength: 25 }).map((ls) => ls.join("\n"));

describe("invariants on any input", () => {
  it("every paragraph is the slice of the text at its offsets, on its line; every line is accounted for once", () => {
    fc.assert(fc.property(textArb, (text) => {
      const a = buildArticle({ id: "x", path: "x.txt", text, encoding: "utf-8" });
      const lines = text.split("\n");
      const used = new Set<number>();
      for (const p of a.paragraphs) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(lines[p.line - 1]!.includes(p.text)).toBe(true);
        expect(used.has(p.line)).toBe(false);
        used.add(p.line);
      }
      for (const r of a.removed) {
        expect(lines[r.line - 1]!.trim().length).toBeGreaterThan(0);
        expect(used.has(r.line)).toBe(false);
        used.add(r.line);
      }
    }), { numRuns: 300 });
  });

  it("markdown masking keeps length and line breaks", () => {
    fc.assert(fc.property(textArb, (text) => {
      const { text: masked } = maskMarkdown(text);
      expect(masked.length).toBe(text.length);
      expect(masked.split("\n").length).toBe(text.split("\n").length);
    }), { numRuns: 300 });
  });

  it("readArticles never throws and always answers", () => {
    fc.assert(fc.property(textArb, fc.constantFrom("a.txt", "a.md", "a.html", "a.jsonl"), (text, name) => {
      const r = readArticles(name, new TextEncoder().encode(text));
      expect(r.articles.length + r.skipped.length).toBeGreaterThan(0);
    }), { numRuns: 200 });
  });
});

describe("large and pathological input", () => {
  const para = "ارتفعت أسعار القمح في الأسواق العالمية خلال الأسبوع الماضي بعد تراجع توقعات الإنتاج في عدد من الدول المصدرة الكبرى.";
  it("reads a two-million-character token and thousands of read-also markers", () => {
    const huge = readArticles("huge.txt", new TextEncoder().encode(`عنوان\n${"ب".repeat(2_000_000)}\n${para}`));
    expect(huge.articles[0]!.paragraphs).toHaveLength(2);
    const markers = readArticles("m.txt", new TextEncoder().encode(`عنوان\n${"اقرأ أيضا\nكلمة قصيرة هنا\n".repeat(5000)}${para}`));
    expect(markers.articles[0]!.removed.filter((r) => r.kind === "related")).toHaveLength(10_000);
  });
});
