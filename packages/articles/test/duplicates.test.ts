import { describe, expect, it } from "vitest";
import { buildArticle, cleanCorpus, findDuplicates, jaccard, type Article } from "../src/index.js";

const S = [
  "أعلنت وزارة الصحة تسجيل انخفاض كبير في عدد الإصابات بالإنفلونزا الموسمية خلال الشهر الماضي مقارنة بالعام السابق.",
  "وأرجعت الوزارة هذا التراجع إلى حملة التطعيم الواسعة التي شملت أكثر من مليوني شخص في المدارس والمراكز الصحية.",
  "وقال المتحدث باسم الوزارة إن الحملة ستستمر حتى نهاية الشتاء، داعيا كبار السن إلى الحصول على اللقاح في أقرب وقت.",
  "وأشار إلى أن المستشفيات لم تسجل ضغطا على أقسام الطوارئ هذا الموسم، على خلاف ما حدث في الأعوام الماضية.",
];
const OTHER = [
  "افتتح نادي المدينة موسمه الرياضي بفوز كبير على ضيفه بثلاثة أهداف دون رد في المباراة التي أقيمت مساء الجمعة.",
  "وسجل المهاجم الجديد هدفين في الشوط الأول، فيما أضاف لاعب الوسط الهدف الثالث من ركلة حرة مباشرة.",
  "وقال مدرب الفريق إن الأداء كان مقنعا، لكنه طالب لاعبيه بالتركيز في المباريات المقبلة أمام منافسين أقوى.",
];

function art(id: string, paras: readonly string[], extra: Partial<Article> = {}): Article {
  return { ...buildArticle({ id, path: `${extra.source ?? "dir"}/${id}.txt`, text: paras.join("\n\n"), encoding: "utf-8" }), ...extra };
}

describe("findDuplicates", () => {
  it("groups exact and near copies, leaves different stories alone, original = earliest", () => {
    const edited = [S[0]!.replace("كبير", "ملحوظ"), S[1]!, S[2]!, "وأضاف أن الوزارة ستصدر تقريرا مفصلا الأسبوع المقبل."];
    const articles = [
      art("a", S, { date: "2024-01-03" }),
      art("b", S, { date: "2024-01-02" }),
      art("c", edited, { date: "2024-01-04" }),
      art("d", OTHER, { date: "2024-01-01" }),
    ];
    expect(jaccard(S.join(" "), edited.join(" "))).toBeGreaterThan(0.5);
    expect(findDuplicates(articles)).toEqual([{ original: "b", copies: ["a", "c"] }]);
  });

  it("finds nothing among distinct stories", () => {
    expect(findDuplicates([art("a", S), art("d", OTHER)])).toEqual([]);
  });

  it("scales by banding: many distinct articles give no group, a planted copy is found", () => {
    const words = [...new Set((S.join(" ") + " " + OTHER.join(" ")).split(/\s+/))];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const articles: Article[] = [];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 60 }, () => words[Math.floor(rand() * words.length)]).join(" ") + ".";
      articles.push(art(`r${i}`, [text]));
    }
    articles.push(art("copy", [articles[42]!.paragraphs[0]!.text]));
    expect(findDuplicates(articles)).toEqual([{ original: "r42", copies: ["copy"] }]);
  });
});

describe("cleanCorpus", () => {
  it("removes a line repeated across different stories of one source, not the stories' own text", () => {
    const credit = "خدمة وكالة الأنباء الدولية";
    const a = art("a", [...S, credit], { source: "موقع أ" });
    const b = art("b", [...OTHER, credit], { source: "موقع أ" });
    const c = art("c", [S[3]!, OTHER[1]!, "خبر ثالث عن الطقس يتوقع أمطارا غزيرة على المرتفعات الغربية نهاية الأسبوع الحالي."], { source: "موقع ب" });
    const [ca, cb, cc] = cleanCorpus([a, b, c]);
    expect(ca!.paragraphs.map((p) => p.text)).toEqual(S);
    expect(ca!.removed).toContainEqual({ kind: "boilerplate", line: 9, text: credit });
    expect(cb!.paragraphs.map((p) => p.text)).toEqual(OTHER);
    expect(cc).toBe(c);
  });

  it("does not strip two copies of the same story against each other", () => {
    const a = art("a", S, { source: "موقع أ" });
    const b = art("b", S, { source: "موقع أ" });
    const [ca, cb] = cleanCorpus([a, b]);
    expect(ca!.paragraphs).toHaveLength(4);
    expect(cb!.paragraphs).toHaveLength(4);
  });
});
