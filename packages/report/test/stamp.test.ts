import { describe, expect, it } from "vitest"
import { PDFDocument } from "pdf-lib"
import { stampContentsPages } from "../src/stamp.js"
import { destinationPages } from "../src/index.js"

describe("stampContentsPages", () => {
  it("declines (so printPdf prints again) when the PDF has no contents rows to match", async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    doc.addPage()
    const pdf = await doc.save()
    expect(await destinationPages(pdf)).toEqual({})
    expect(await stampContentsPages(pdf, { targets: ["terms"], start: "contents", end: "contents-end", rtl: true, format: String })).toBeNull()
  })
})
