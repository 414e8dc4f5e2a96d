import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeBytes, readArticles } from "../src/index.js";
import { ARABIC_SAMPLE, encode1256, encodeUtf16, readOne } from "./helpers.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("reads UTF-8 without and with a BOM", () => {
    expect(decodeBytes(utf8(ARABIC_SAMPLE))).toEqual({ ok: true, text: ARABIC_SAMPLE, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC_SAMPLE)]);
    expect(decodeBytes(withBom)).toEqual({ ok: true, text: ARABIC_SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a BOM, and LE without one", () => {
    expect(decodeBytes(encodeUtf16(ARABIC_SAMPLE, false, true))).toEqual({ ok: true, text: ARABIC_SAMPLE, encoding: "utf-16le" });
    expect(decodeBytes(encodeUtf16(ARABIC_SAMPLE, true, true))).toEqual({ ok: true, text: ARABIC_SAMPLE, encoding: "utf-16be" });
    expect(decodeBytes(encodeUtf16(ARABIC_SAMPLE, false, false))).toEqual({ ok: true, text: ARABIC_SAMPLE, encoding: "utf-16le" });
  });

  it("reads Windows-1256 when the bytes are not UTF-8 and the result is Arabic", () => {
    const bytes = encode1256(ARABIC_SAMPLE);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: ARABIC_SAMPLE, encoding: "windows-1256" });
  });

  it("refuses invalid UTF-8 that is not Arabic in Windows-1256 either", () => {
    const latin1 = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" au lait, cr"), 0xe8, ...utf8("me br"), 0xfb, ...utf8("l"), 0xe9, ...utf8("e et g"), 0xe2, ...utf8("teau")]);
    const d = decodeBytes(latin1);
    expect(d.ok).toBe(false);
  });

  it("normalises CRLF and CR line ends to LF", () => {
    const d = decodeBytes(utf8("سطر أول\r\nسطر ثان\rسطر ثالث"));
    expect(d).toEqual({ ok: true, text: "سطر أول\nسطر ثان\nسطر ثالث", encoding: "utf-8" });
  });

  it("names empty, whitespace-only and binary input", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: "empty file" });
    expect(decodeBytes(utf8(" \n\t \n"))).toMatchObject({ ok: false, reason: expect.stringContaining("empty") });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, reason: expect.stringContaining("binary") });
    const controls = utf8("abc\u0001\u0002\u0003\u0004\u0005def\u0006\u0007\u0008ghi");
    expect(decodeBytes(controls)).toMatchObject({ ok: false, reason: expect.stringContaining("binary") });
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const d = decodeBytes(bytes);
      return d.ok ? typeof d.text === "string" : typeof d.reason === "string";
    }), { numRuns: 300 });
  });
});

describe("articles from each encoding", () => {
  it("gives the same article for UTF-8, UTF-16 and Windows-1256 bytes, with the encoding named", () => {
    const a = readOne("a.txt", utf8(ARABIC_SAMPLE));
    const b = readOne("a.txt", encodeUtf16(ARABIC_SAMPLE, false, true));
    const c = readOne("a.txt", encode1256(ARABIC_SAMPLE));
    expect(a.encoding).toBe("utf-8");
    expect(b.encoding).toBe("utf-16le");
    expect(c.encoding).toBe("windows-1256");
    expect(b.paragraphs).toEqual(a.paragraphs);
    expect(c.paragraphs).toEqual(a.paragraphs);
    expect(a.title).toBe("ارتفاع أسعار القمح في الأسواق العالمية");
  });

  it("keeps offsets true to the returned text for a CRLF file", () => {
    const a = readOne("crlf.txt", utf8(ARABIC_SAMPLE.replace(/\n/g, "\r\n")));
    expect(a.text).not.toContain("\r");
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
    expect(a.paragraphs.map((p) => p.line)).toEqual([3, 5]);
  });

  it("reports bad files in skipped and never throws", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("x.txt", "x.md", "x.html", "x.jsonl", "x.jsonl.gz"), (bytes, name) => {
      const r = readArticles(name, bytes);
      return r.articles.length + r.skipped.length >= 1;
    }), { numRuns: 200 });
  });
});
