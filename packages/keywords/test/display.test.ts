import { describe, expect, it } from "vitest";
import { displayFirst } from "../src/candidates.js";
import { wordTokens } from "../src/text.js";

const shown = (word: string) => displayFirst(wordTokens(word)[0]!);

describe("displayFirst: the first word of a phrase without the clitics the stemmer removed", () => {
  it("drops a conjunction, a preposition, or both", () => {
    expect(shown("لإعادة")).toBe("إعادة");
    expect(shown("وبالعاصمة")).toBe("العاصمة");
    expect(shown("بالعاصمة")).toBe("العاصمة");
    expect(shown("وكوريا")).toBe("كوريا");
    expect(shown("والمكتبات")).toBe("المكتبات");
    expect(shown("فأمراض")).toBe("أمراض");
  });

  it("gives ل before the article back as the article", () => {
    expect(shown("للأمم")).toBe("الأمم");
    expect(shown("وللصراعات")).toBe("الصراعات");
  });

  it("keeps letters that belong to the word; reads marked input", () => {
    expect(shown("لبنان")).toBe("لبنان");
    expect(shown("بيونغ")).toBe("بيونغ");
    expect(shown("كوريا")).toBe("كوريا");
    expect(shown("فلاديمير")).toBe("فلاديمير");
    expect(shown("لِإعادةِ")).toBe("إعادة"); // shown without diacritics
  });
});
