// decodeUtf8 must give exactly what Buffer's decoder gives, on valid and invalid bytes alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../src/utf8.js";

const arabicText = fc
  .array(fc.oneof(fc.constantFrom(..."كتب الرئيس في بيونغ يانغ، ١٢٣ Ωé😀\u200f\ufeff".split("")), fc.string({ unit: "binary" })), {
    maxLength: 400,
  })
  .map((parts) => parts.join(""));

describe("decodeUtf8", () => {
  it("reads back any text, long or short, Arabic or not", () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const bytes = Buffer.from(text, "utf8");
        expect(decodeUtf8(bytes)).toBe(bytes.toString("utf8"));
        if (!/[\ud800-\udfff]/u.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) expect(decodeUtf8(bytes)).toBe(text);
      }),
    );
  });
  it("replaces invalid bytes as Buffer does", () => {
    fc.assert(
      fc.property(arabicText, fc.uint8Array({ maxLength: 40 }), fc.nat(), (text, noise, at) => {
        const bytes = Buffer.from(text, "utf8");
        const cut = bytes.length === 0 ? 0 : at % bytes.length;
        const mixed = Buffer.concat([bytes.subarray(0, cut), noise, bytes.subarray(cut)]);
        expect(decodeUtf8(mixed)).toBe(mixed.toString("utf8"));
      }),
    );
  });
  it("decodes a view into a larger buffer by its own bytes only", () => {
    const whole = Buffer.from("x".repeat(10) + "السلام عليكم ".repeat(40) + "y", "utf8");
    const view = whole.subarray(10, whole.length - 1);
    expect(decodeUtf8(view)).toBe("السلام عليكم ".repeat(40));
  });
});
