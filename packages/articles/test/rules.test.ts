import { describe, expect, it } from "vitest";
import { articleFromRecord, isArticle } from "../src/index.js";
import { bodyTexts, fromText, readOne, removedTexts } from "./helpers.js";

const P1 = "ارتفعت أسعار القمح في الأسواق العالمية خلال الأسبوع الماضي بعد تراجع توقعات الإنتاج في عدد من الدول المصدرة الكبرى.";
const P2 = "وقال محللون إن موجة الحر التي ضربت مناطق الزراعة أثرت في المحصول، وإن الأسعار قد تواصل الصعود خلال الشهر المقبل.";
const P3 = "وتستورد دول المنطقة الجزء الأكبر من حاجتها من القمح، ما يجعلها عرضة لتقلبات الأسعار في الأسواق الدولية.";
const TITLE = "ارتفاع أسعار القمح في الأسواق العالمية";
const doc = (...lines: string[]) => lines.join("\n\n");

describe("widgets and prompts (boilerplate)", () => {
  it("removes a font-size widget with its lone counter, comment and subscription prompts", () => {
    const a = readOne("widgets.txt");
    expect(a.removed).toEqual(expect.arrayContaining([
      { kind: "boilerplate", line: 3, text: "حجم الخط" },
      { kind: "boilerplate", line: 4, text: "0" },
      { kind: "boilerplate", line: 18, text: "اترك تعليقاً" },
      { kind: "boilerplate", line: 22, text: "اشترك في النشرة البريدية" },
    ]));
    expect(removedTexts(a, "boilerplate")).toContain("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *");
  });

  it("removes a row of share buttons but not a sentence that mentions a network", () => {
    const line = "وقال الوزير في تغريدة على تويتر إن الحكومة ستعلن خطة دعم المزارعين خلال أيام.";
    const a = fromText(doc(TITLE, "شارك فيسبوك تويتر واتساب طباعة", P1, line, P2));
    expect(removedTexts(a)).toEqual(["شارك فيسبوك تويتر واتساب طباعة"]);
    expect(bodyTexts(a)).toContain(line);
  });

  it("keeps a numbered list item that names an app", () => {
    const a = fromText(doc(TITLE, P1, "3 - تطبيق «فيسبوك» Facebook", P2));
    expect(bodyTexts(a)).toContain("3 - تطبيق «فيسبوك» Facebook");
  });
});

describe("tags, links and contacts (boilerplate)", () => {
  it("removes a tag line", () => {
    const a = fromText(doc(TITLE, P1, "كلمات دلالية: القمح، الأسعار", P2));
    expect(removedTexts(a, "boilerplate")).toEqual(["كلمات دلالية: القمح، الأسعار"]);
  });

  it("removes e-mail addresses and URLs standing alone, not sentences containing them", () => {
    const withLink = "وأتاحت الوزارة الاستمارة على موقعها www.example.gov للراغبين في التسجيل قبل نهاية الشهر.";
    const a = fromText(doc(TITLE, P1, withLink, P2, "reporter@example.com", "https://example.com/news/1"));
    expect(removedTexts(a, "boilerplate")).toEqual(["reporter@example.com", "https://example.com/news/1"]);
    expect(bodyTexts(a)).toContain(withLink);
  });

  it("removes an editor line with the name under it", () => {
    const a = readOne("staff-promo.txt");
    expect(a.removed.slice(0, 2)).toEqual([
      { kind: "boilerplate", line: 1, text: "رئيس التحرير" },
      { kind: "boilerplate", line: 2, text: "سامي منصور" },
    ]);
  });
});

describe("promotion and disclaimers (boilerplate)", () => {
  it("removes the site addressing its readers, and a rights notice", () => {
    const a = readOne("staff-promo.txt");
    expect(removedTexts(a, "boilerplate").some((t) => t.startsWith("ونقدم لكم من خلال موقع"))).toBe(true);
    expect(removedTexts(a, "boilerplate")).toContain("جميع الحقوق محفوظة");
  });

  it("keeps an article that itself presents something to readers without naming the site", () => {
    const intro = "نقدم لكم في هذا التقرير أبرز التطبيقات التي حققت أعلى نسب تحميل خلال الأسبوع الماضي في المتاجر الإلكترونية.";
    const a = fromText(doc(TITLE, intro, P1, P2));
    expect(bodyTexts(a)).toContain(intro);
  });

  it("removes a publisher disclaimer", () => {
    const d = "ادارة الموقع لا تتبنى وجهة نظر الكاتب او الخبر المنشور";
    const a = fromText(doc(TITLE, P1, P2, d));
    expect(removedTexts(a, "boilerplate")).toContain(d);
  });
});

describe("read also (related)", () => {
  it("cuts the different story appended after the marker", () => {
    const a = readOne("related.txt");
    const related = removedTexts(a, "related");
    expect(related[0]).toBe("اقرأ أيضا:");
    expect(related).toHaveLength(5);
    expect(bodyTexts(a).join(" ")).not.toContain("الذهب");
  });

  it("removes only the linked headlines when the article goes on after a link box", () => {
    const a = fromText(doc(TITLE, P1, "شاهد أيضا", "الذهب يرتفع إلى مستوى قياسي", P2, P3));
    expect(removedTexts(a, "related")).toEqual(["شاهد أيضا", "الذهب يرتفع إلى مستوى قياسي"]);
    expect(bodyTexts(a)).toEqual([P1, P2, P3]);
  });

  it("removes an inline read-also link", () => {
    const a = fromText(doc(TITLE, P1, "اقرأ أيضا: الذهب يرتفع إلى مستوى قياسي", P2));
    expect(removedTexts(a, "related")).toEqual(["اقرأ أيضا: الذهب يرتفع إلى مستوى قياسي"]);
  });
});

describe("captions", () => {
  it("removes short lines that repeat the headline, with or without a trailing credit", () => {
    const a = readOne("staff-promo.txt");
    expect(a.removed.filter((r) => r.kind === "caption")).toEqual([
      { kind: "caption", line: 6, text: "وزراء الزراعة العرب،" },
      { kind: "caption", line: 7, text: "وزراء الزراعة العرب، النهار الجديد" },
    ]);
  });

  it("removes a line marked as a photo", () => {
    const a = fromText(doc(TITLE, "صورة أرشيفية", P1, P2));
    expect(a.removed).toEqual([{ kind: "caption", line: 3, text: "صورة أرشيفية" }]);
  });
});

describe("metadata lines", () => {
  it("moves source, date and agency lines to metadata and fills the fields", () => {
    const a = readOne("related.txt");
    expect(a.removed.filter((r) => r.kind === "metadata").map((r) => r.line)).toEqual([2, 6]);
    expect(a.date).toBe("2024-06-14");
    expect(a.source).toBe("وكالة الأنباء المحلية");
    const b = readOne("widgets.txt");
    expect(b.removed).toContainEqual({ kind: "metadata", line: 16, text: "(رويترز)" });
    expect(b.source).toBe("رويترز");
  });

  it("takes an author from a byline label", () => {
    const a = fromText(doc(TITLE, "كتب: محمود سالم", P1, P2));
    expect(a.author).toBe("محمود سالم");
    expect(a.removed).toEqual([{ kind: "metadata", line: 3, text: "كتب: محمود سالم" }]);
  });

  it("takes the source from a site label's domain", () => {
    const a = fromText(doc(TITLE, P1, P2, "الموقع : www.example-news.com"));
    expect(a.source).toBe("example-news.com");
  });
});

describe("structure", () => {
  it("keeps short lines between paragraphs as subheadings", () => {
    const a = readOne("widgets.txt");
    expect(a.paragraphs.filter((p) => p.kind === "subheading").map((p) => p.text)).toEqual(["الطاقة الشمسية"]);
  });

  it("treats one or two short lines after the last paragraph as a footer", () => {
    const a = fromText(doc(TITLE, P1, P2, "الصفحة الرئيسية"));
    expect(a.removed).toEqual([{ kind: "boilerplate", line: 7, text: "الصفحة الرئيسية" }]);
  });

  it("keeps a list at the end", () => {
    const items = ["* القمح", "* الشعير", "* الذرة"];
    const a = fromText(doc(TITLE, P1, P2, ...items));
    expect(bodyTexts(a)).toEqual(expect.arrayContaining(items));
  });

  it("reports a long paragraph pasted twice as a duplicate", () => {
    const long = `${P1} ${P2}`;
    const a = fromText(doc(TITLE, long, P3, long));
    expect(a.removed).toEqual([{ kind: "duplicate", line: 7, text: long }]);
  });

  it("keeps every offset true to the text", () => {
    for (const name of ["widgets.txt", "related.txt", "staff-promo.txt", "article.md", "page.html"]) {
      const a = readOne(name);
      for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
      const lines = a.text.split("\n");
      for (const p of a.paragraphs) expect(lines[p.line - 1]!.includes(p.text.split("\n")[0]!)).toBe(true);
      for (const r of a.removed) expect(lines[r.line - 1]!.trim()).toBe(r.text);
    }
  });
});

describe("titles", () => {
  it("takes a short first line as the headline", () => {
    expect(fromText(doc(TITLE, P1, P2)).title).toBe(TITLE);
  });

  it("never takes a body sentence as the title", () => {
    const a = fromText(doc(P1, P2, P3));
    expect(a.title).toBeNull();
    expect(bodyTexts(a)).toEqual([P1, P2, P3]);
  });

  it("takes a headline that ends with a question mark", () => {
    expect(fromText(doc("هل تنخفض أسعار القمح قبل نهاية العام؟", P1, P2)).title).toBe("هل تنخفض أسعار القمح قبل نهاية العام؟");
  });
});

describe("read also without an end-of-article line", () => {
  it("cuts a story whose headline brings in a new subject that the next paragraph takes up", () => {
    const head = "البنك المركزي يرفع أسعار الفائدة نصف نقطة";
    const s1 = "رفع البنك المركزي أسعار الفائدة نصف نقطة مئوية في اجتماعه الدوري اليوم، في محاولة لكبح التضخم المتصاعد منذ مطلع العام.";
    const s2 = "وقال محافظ البنك إن القرار جاء بعد مراجعة شاملة للمؤشرات الاقتصادية، وإن اللجنة مستعدة لاتخاذ خطوات إضافية عند الحاجة.";
    const a = fromText(doc(TITLE, P1, P2, "اقرأ أيضا", head, s1, s2));
    expect(removedTexts(a, "related")).toEqual(["اقرأ أيضا", head, s1, s2]);
    expect(bodyTexts(a)).toEqual([P1, P2]);
  });
});

describe("lines that look like chrome but are not", () => {
  it("keeps a refrain repeated between verses (not a caption pair)", () => {
    const a = fromText(doc(TITLE, P1, "وكم غيمة", P2, "وكم غيمة", P3));
    expect(a.removed).toEqual([]);
  });

  it("keeps a last line that carries a sentence or continues the text", () => {
    const a = fromText(doc(TITLE, P1, P2, "ولم أر في عيوب الناس عيبا"));
    expect(bodyTexts(a)).toContain("ولم أر في عيوب الناس عيبا");
    const b = fromText(doc(TITLE, P1, P2, "وهو معارض بارز. سمات روسيا"));
    expect(bodyTexts(b)).toContain("وهو معارض بارز. سمات روسيا");
  });

  it("keeps a sentence that mentions an editor, and a reference with a date", () => {
    const a = fromText(doc(TITLE, P1, "رئيس التحرير يشرح للضيوف مراحل إعداد الصحيفة", P2, "(49) جريدة النور، 18 ديسمبر 1996."));
    expect(a.removed).toEqual([]);
    expect(a.date).toBeNull();
  });
});

describe("jsonl records", () => {
  it("treats a first content line equal to the title as the title line, and a name line as the byline", () => {
    const content = [TITLE, P1, P2].join("\n");
    const a = articleFromRecord({ id: "1", title: TITLE, content }, "r.jsonl", 1);
    expect(isArticle(a) && a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(isArticle(a) && a.removed).toEqual([]);
    const b = articleFromRecord({ id: "2", title: "سالم الناصر: القمح والأسعار", content: ["سالم الناصر", P1, P2].join("\n") }, "r.jsonl", 2);
    expect(isArticle(b) && b.author).toBe("سالم الناصر");
    expect(isArticle(b) && b.removed).toEqual([{ kind: "metadata", line: 1, text: "سالم الناصر" }]);
  });
});
