import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey, sameName } from "../src/entities/key.js";
import { findEntities } from "../src/index.js";
import { seedDocs } from "./seeds.js";

const docs = [
  {
    id: "a",
    text: "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى العاصمة بيونغ يانغ. وقال المتحدث باسم وزارة الخارجية سيرغي لافروف إن المحادثات ناجحة. وأعلنت وكالة الأنباء المركزية الكورية أن كيم سيزور مدينة فلاديفوستوك.",
  },
  {
    id: "b",
    text: "التقى كيم جونج اون وزير الخارجية الروسي سيرجي لافروف في بيونج يانج، وأكد مجلس الأمن الدولي متابعة الاجتماع. وكان كيم جونغ-أون قد زار مدينة فلاديفوستوك.",
  },
];

describe("findEntities", () => {
  const entities = findEntities(docs);
  const byName = (re: RegExp) => entities.find((e) => re.test(e.name));

  it("finds people after titles and merges their spelling variants", () => {
    const kim = byName(/^كيم جون/);
    expect(kim?.kind).toBe("person");
    expect(kim?.articles).toEqual(["a", "b"]);
    expect(kim?.variants).toEqual(expect.arrayContaining(["كيم جونغ أون", "كيم جونج اون", "كيم جونغ-أون"]));
    const lavrov = byName(/لافروف/);
    expect(lavrov?.kind).toBe("person");
    expect(lavrov?.variants).toEqual(expect.arrayContaining(["سيرغي لافروف", "سيرجي لافروف"]));
  });

  it("finds places from the gazetteer and place heads, variants merged", () => {
    const pyongyang = byName(/^بيون/);
    expect(pyongyang?.kind).toBe("place");
    expect(pyongyang?.variants).toEqual(expect.arrayContaining(["بيونغ يانغ", "بيونج يانج"]));
    expect(byName(/فلاديفوستوك/)?.kind).toBe("place");
  });

  it("does not take a common abstract noun after a preposition for a foreign place (مع إمكانية)", () => {
    const found = findEntities([
      { id: "x", text: "قررت الوزارة تعليق أنشطة الشركة مع إمكانية الإلغاء النهائي للترخيص، وتحصيل الغرامة عبر إمكانية الخصم من الضمان." },
      { id: "y", text: "يتعرض المصطافون لأشعة قوية مع إمكانية الإصابة بضربات الشمس." },
      { id: "z", text: "أشار المرصد إلى إمكانية أن يستمر تساقط الشهب يومين، مع إمكانية الرؤية بالعين المجردة." },
    ]);
    expect(found.map((e) => e.name)).not.toContain("إمكانية");
  });

  it("reads علي (written with ي) and عبد + a divine name as parts of names, never a given name alone", () => {
    const found = findEntities([
      { id: "x", text: "قال المرشد الأعلى الإيراني آية الله علي خامنئي إن الاتفاق لن يغير سياسة طهران. وأضاف خامنئي أن بلاده لن تتراجع." },
      { id: "y", text: "انتقد الرئيس اليمني السابق علي عبد الله صالح التحالف، فيما رد المرشد علي خامنئي على واشنطن." },
      { id: "z", text: "وقال الرئيس السابق علي عبد الله صالح إن الحرب ستطول. واستقبل الأمير عبد الله الوفد، ثم التقى الأمير عبد الله المسؤولين." },
    ]);
    const names = found.filter((e) => e.kind === "person").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["علي خامنئي", "علي عبد الله صالح"]));
    expect(found.find((e) => e.name === "علي خامنئي")?.count).toBe(3);
    expect(names).not.toContain("عبد الله");
  });

  it("finds organisations from heads and known names", () => {
    expect(byName(/^وكالة الأنباء المركزية/)?.kind).toBe("organisation");
    expect(byName(/^مجلس الأمن/)?.kind).toBe("organisation");
  });

  it("counts a lone family name for the full name", () => {
    const kim = byName(/^كيم جون/);
    expect(kim?.count).toBe(4);
  });

  it("is sorted by count and deterministic", () => {
    expect(findEntities(docs)).toEqual(entities);
    for (let i = 1; i < entities.length; i++) expect((entities[i - 1] as { count: number }).count).toBeGreaterThanOrEqual((entities[i] as { count: number }).count);
  });

  it("on the seeds names the two leaders and the places of both visits", () => {
    const seeds = findEntities(seedDocs());
    const names = seeds.slice(0, 12).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["كيم جونغ أون", "فلاديمير بوتين", "بيونغ يانغ", "روسيا", "كوريا الشمالية"]));
    expect(seeds.find((e) => e.name === "بيونغ يانغ")?.variants).toEqual(expect.arrayContaining(["بيونج يانج"]));
  });

  it("never throws on odd strings", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), text: fc.string() }), { maxLength: 5 }), (d) => {
        for (const e of findEntities(d)) expect(e.count).toBeGreaterThan(0);
      }),
      { numRuns: 80 },
    );
    expect(() => findEntities([{ id: "x", text: "الرئيس \uD800 ً ـ 😀 في -- «» ،،" }])).not.toThrow();
  });
});

describe("name keys", () => {
  it("merge غ/ج, hamza and hyphen variants but keep different names apart", () => {
    expect(nameKey(["سيرغي"])).toBe(nameKey(["سيرجي"]));
    expect(nameKey(["كيم", "جونغ-أون"])).toBe(nameKey(["كيم", "جونج", "اون"]));
    expect(sameName(nameKey(["فوستوتشني"]), nameKey(["فوستوشني"]))).toBe(true);
    expect(sameName(nameKey(["كوريا", "الشمالية"]), nameKey(["كوريا", "الجنوبية"]))).toBe(false);
  });
});
