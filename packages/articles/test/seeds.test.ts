// The five seed articles are the project's own files; these checks pin what cleaning must do on them.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readArticles, type Article } from "../src/index.js";
import { seedsDir } from "./helpers.js";

function seed(prefix: string, transform?: (text: string) => string): Article {
  const name = ["000_c28bba0c94519a16.txt", "001_d06de67a4468fdf3.txt", "002_3c6385f6fb4de3b3.txt", "003_65d9c0c72ac2d2ed.txt", "004_0c3bafbd90cf7e4b.txt"]
    .find((n) => n.startsWith(prefix))!;
  let bytes: Uint8Array = readFileSync(join(seedsDir, name));
  if (transform) bytes = new TextEncoder().encode(transform(new TextDecoder().decode(bytes)));
  const r = readArticles(join(seedsDir, name), bytes);
  expect(r.skipped).toEqual([]);
  return r.articles[0]!;
}
const body = (a: Article) => a.paragraphs.map((p) => p.text).join("\n");
const removed = (a: Article, kind: string) => a.removed.filter((r) => r.kind === kind).map((r) => r.text);

describe("seed 000", () => {
  const a = seed("000");
  it("removes the font-size widget and the comment and mailing-list prompts", () => {
    expect(removed(a, "boilerplate")).toEqual(expect.arrayContaining(["حجم الخط", "0", "اترك تعليقاً", "إشترك في قائمتنا البريدية"]));
    expect(body(a)).not.toContain("بريدك الإلكتروني");
  });
  it("takes the headline, the agency as source, keeps the subheadings", () => {
    expect(a.title).toBe("بوتين وكيم جونغ أون يتبادلان البنادق كهدايا");
    expect(a.source).toBe("أ ف ب");
    expect(a.paragraphs.filter((p) => p.kind === "subheading").map((p) => p.text)).toEqual(["رائد فضاء كوري شمالي", "“زعزعة الاستقرار في المنطقة”"]);
  });
});

describe("seed 001", () => {
  it("cuts the Trump/Panama story after إقرأ أيضاً, finds the date and the source", () => {
    const a = seed("001");
    expect(body(a)).not.toMatch(/ترامب|بنما/);
    expect(removed(a, "related")[0]).toBe("إقرأ أيضاً:");
    expect(removed(a, "related")).toHaveLength(14);
    expect(a.date).toBe("2023-09-17");
    expect(a.source).toBe("الحرة");
    expect(a.title).toBe("وكالة: بوتين وكيم ينقلان العلاقات العسكرية إلى ذروة جديدة");
    expect(a.paragraphs).toHaveLength(12);
  });
  it("cuts the tail even without the source and tag lines before the marker", () => {
    const a = seed("001", (t) => t.split("\n").filter((l) => !l.startsWith("المصدر") && !l.startsWith("كلمات")).join("\n"));
    expect(body(a)).not.toMatch(/ترامب|بنما/);
  });
});

describe("seed 002", () => {
  it("has no headline line; the trailer is metadata and boilerplate", () => {
    const a = seed("002");
    expect(a.title).toBeNull();
    expect(a.date).toBe("2024-06-19");
    expect(a.source).toBe("ar.yna.co.kr");
    expect(a.paragraphs).toHaveLength(15);
    expect(a.removed.map((r) => r.line)).toEqual([16, 17, 18, 19, 20, 21, 22]);
  });
});

describe("seed 003", () => {
  it("has no headline line and nothing to remove", () => {
    const a = seed("003");
    expect(a.title).toBeNull();
    expect(a.removed).toEqual([]);
    expect(a.paragraphs.every((p) => p.kind === "body")).toBe(true);
  });
});

describe("seed 004", () => {
  const a = seed("004");
  it("removes the editor lines, the captions, the site promotion and the footer", () => {
    expect(a.removed.slice(0, 2).map((r) => r.text)).toEqual(["رئيس التحرير", "عصام كامل"]);
    expect(removed(a, "caption")).toEqual(["بوتين وكيم جونج اون،", "بوتين وكيم جونج اون، فيتو"]);
    expect(removed(a, "boilerplate").some((t) => t.startsWith("ونقدم لكم من خلال موقع (فيتو)"))).toBe(true);
    expect(body(a)).not.toContain("أسعار الذهب");
  });
  it("finds the headline and the site name, keeps the four subheadings", () => {
    expect(a.title).toMatch(/^بوتين وكيم "قمة نووية/);
    expect(a.source).toBe("فيتو");
    expect(a.paragraphs.filter((p) => p.kind === "subheading")).toHaveLength(4);
  });
});
