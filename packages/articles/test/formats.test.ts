import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { articleFromRecord, decodeBytes, parseJsonlLine, readArticles, isArticle } from "../src/index.js";
import { ARABIC_SAMPLE, encode1256, fixture, readOne } from "./helpers.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe(".txt", () => {
  it("id is the file name without extension", () => {
    expect(readOne("/some/dir/000_abc.txt", utf8(ARABIC_SAMPLE)).id).toBe("000_abc");
  });
});

describe(".md", () => {
  it("takes the # heading as title, ## as subheading, and masks markup without moving offsets", () => {
    const a = readOne("article.md");
    expect(a.title).toBe("افتتاح معرض الكتاب الدولي بمشاركة ألف دار نشر");
    expect(a.paragraphs.map((p) => p.kind)).toEqual(["body", "subheading", "body", "body"]);
    expect(a.paragraphs[1]!.text).toBe("برنامج ثقافي واسع");
    const source = new TextDecoder().decode(fixture("article.md"));
    expect(a.text.length).toBe(source.length);
    expect(a.text).not.toMatch(/\*\*|\]\(|^#/m);
    for (const p of a.paragraphs) {
      expect(a.text.slice(p.start, p.end)).toBe(p.text);
      expect(source.split("\n")[p.line - 1]).toContain(p.text.split(/\s+/)[0]);
    }
  });
});

describe(".html", () => {
  it("extracts the main content with title, date, source, author and url from the head", () => {
    const a = readOne("page.html");
    expect(a).toMatchObject({
      title: "اتفاق جديد لتطوير الموانئ في البحر الأحمر",
      date: "2023-07-04",
      source: "صحيفة المثال",
      author: "سارة علي",
      url: "https://example.com/news/ports-deal",
    });
    const body = a.paragraphs.map((p) => p.text).join(" ");
    expect(body).toContain("وقعت الحكومة اليوم اتفاقا جديدا");
    expect(body).not.toContain("الأكثر قراءة");
    expect(body).not.toContain("hacked");
    expect(a.paragraphs.find((p) => p.text === "تمويل المشروع")?.kind).toBe("subheading");
    expect(a.removed).toContainEqual(expect.objectContaining({ kind: "caption", text: "ميناء على ساحل البحر الأحمر، أرشيفية" }));
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it("skips a page without article content", () => {
    const r = readArticles("no-content.html", fixture("no-content.html"));
    expect(r.articles).toEqual([]);
    expect(r.skipped).toEqual([{ path: "no-content.html", reason: "HTML without article content" }]);
  });
});

describe(".jsonl and .jsonl.gz", () => {
  const check = (r: ReturnType<typeof readArticles>, path: string) => {
    expect(r.articles.map((a) => a.id)).toEqual(["rec-1", "rec-2"]);
    const [a, b] = r.articles;
    expect(a).toMatchObject({ title: "ارتفاع صادرات التمور إلى مستوى قياسي", date: "2024-03-05", source: "صحيفة الأفق", author: "ليلى حسن", url: "https://example.net/a/1" });
    expect(a!.removed).toEqual([{ kind: "boilerplate", line: 5, text: "كلمات دلالية: تمور، صادرات" }]);
    expect(b!.paragraphs).toHaveLength(2);
    expect(b!.title).toBe("تشغيل خط جديد للحافلات الكهربائية");
    expect(r.skipped).toEqual([
      { path, line: 3, reason: expect.stringContaining("broken JSON line") },
      { path, line: 4, reason: "record has no content or text field" },
      { path, line: 6, reason: expect.stringContaining("not Arabic") },
    ]);
  };

  it("reads each line, names broken and unusable lines, goes on", () => {
    check(readArticles("news.jsonl", fixture("news.jsonl")), "news.jsonl");
  });

  it("reads the same from gzip", () => {
    check(readArticles("news.jsonl.gz", gzipSync(fixture("news.jsonl"))), "news.jsonl.gz");
    expect(readArticles("bad.jsonl.gz", utf8("not gzip")).skipped[0]!.reason).toContain("gzip");
  });

  it("offers the streaming entry points line by line", () => {
    const lines = new TextDecoder().decode(fixture("news.jsonl")).split("\n");
    const parsed = parseJsonlLine(lines[0]!, "s.jsonl", 1);
    expect(parsed?.ok).toBe(true);
    if (!parsed?.ok) return;
    const a = articleFromRecord(parsed.record, "s.jsonl", 1);
    expect(isArticle(a) && a.id).toBe("rec-1");
    expect(parseJsonlLine("", "s.jsonl", 2)).toBeNull();
    expect(parseJsonlLine("[1,2]", "s.jsonl", 3)).toEqual({ ok: false, skipped: { path: "s.jsonl", line: 3, reason: "JSON line is not an object" } });
  });

  it("lets the record's fields win over guesses from the text", () => {
    const record = { id: "x", title: "عنوان السجل", source: "مصدر السجل", date: "2020-01-02", content: `عنوان في النص\n${ARABIC_SAMPLE}\nالمصدر: مصدر آخر` };
    const a = articleFromRecord(record, "r.jsonl", 1);
    expect(a).toMatchObject({ title: "عنوان السجل", source: "مصدر السجل", date: "2020-01-02" });
  });
});

describe("bad input", () => {
  it("skips empty, binary and oversized files with a reason", () => {
    expect(readArticles("e.txt", new Uint8Array()).skipped).toEqual([{ path: "e.txt", reason: "empty file" }]);
    expect(readArticles("b.txt", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0])).skipped[0]!.reason).toContain("binary");
    const big = utf8(ARABIC_SAMPLE.repeat(10));
    const r = readArticles("big.txt", big, { maxBytes: 100 });
    expect(r.articles).toEqual([]);
    expect(r.skipped[0]!.reason).toContain("size limit");
    expect(readArticles("big.txt", big).articles).toHaveLength(1);
  });

  it("skips an English article and keeps a mixed Arabic-English one", () => {
    expect(readArticles("english.txt", fixture("english.txt")).skipped[0]!.reason).toMatch(/^not Arabic/);
    const mixed = readOne("mixed.txt");
    expect(mixed.paragraphs.map((p) => p.text).join(" ")).toContain("iOS وAndroid");
  });
});

describe("HTML in a legacy encoding", () => {
  it("decodes a Windows-1256 page by its <meta charset> even though its tags dilute the Arabic share", () => {
    const html = `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>ارتفاع أسعار القمح في الأسواق العالمية</title><link rel="stylesheet" href="/static/css/main-layout-stylesheet.css"><link rel="alternate" type="application/rss+xml" href="/feeds/latest-news-rss.xml"><script>${"window.analyticsQueue = window.analyticsQueue || []; function track(eventName, properties) { analyticsQueue.push({ eventName, properties, timestamp: Date.now() }); }\n".repeat(8)}</script></head><body><div class="container navigation-wrapper"><nav class="main-navigation-menu"><a href="/">Home</a></nav></div><article><h1>ارتفاع أسعار القمح في الأسواق العالمية</h1>${ARABIC_SAMPLE.split("\n").filter((l) => l.length > 60).map((l) => `<p class="article-body-paragraph">${l} ${l}</p>`).join("")}</article></body></html>`;
    const bytes = encode1256(html);
    // Without the declaration the page would not pass as Arabic (the script is Latin).
    expect(decodeBytes(bytes).ok).toBe(false);
    const a = readOne("legacy.html", bytes);
    expect(a.encoding).toBe("windows-1256");
    expect(a.title).toBe("ارتفاع أسعار القمح في الأسواق العالمية");
    expect(a.paragraphs[0]!.text).toContain("ارتفعت أسعار القمح");
  });
});
