/**
 * Bad input never loses data: one bad file is reported and skipped, the rest is still briefed;
 * with nothing usable, or when rendering fails, nothing is written and the message says why.
 */
import { decodeBriefing } from "@mawjaz/briefing"
import { copyFileSync, existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { encodeUtf16leWithBom, encodeWindows1256, mawjaz, SEEDS, tempDir } from "./helpers.js"

// Two short articles of our own, saved in the encodings older Arabic sites and Windows tools use.
const WINDOWS_1256_ARTICLE =
  "افتتاح معرض الكتاب في عمان\n\n" +
  "افتتحت وزارة الثقافة الأردنية مساء الأحد معرض عمان الدولي للكتاب بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية.\n\n" +
  "وقال مدير المعرض إن الدورة الحالية تشهد إقبالا كبيرا من الزوار والطلاب، وإن برنامجها الثقافي يضم ندوات وأمسيات شعرية.\n"
const UTF16_ARTICLE =
  "أمطار غزيرة تغمر شوارع المدينة\n\n" +
  "شهدت المدينة أمس أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية وتعطل حركة السير لساعات.\n\n" +
  "وأعلنت فرق الدفاع المدني أنها تعاملت مع عشرات البلاغات دون تسجيل إصابات، داعية السكان إلى تجنب الخروج إلا للضرورة.\n"
const ENGLISH_ARTICLE =
  "Markets rally as inflation cools\n\nStocks rose on Tuesday after new figures showed inflation easing for a third month, " +
  "and investors bet that central banks would pause their rate rises.\n"

describe("a folder mixing the seeds with bad files", () => {
  const dir = tempDir()
  const out = join(tempDir(), "briefing.pdf")
  let run: ReturnType<typeof mawjaz>

  beforeAll(() => {
    for (const f of readdirSync(SEEDS)) if (f.endsWith(".txt")) copyFileSync(join(SEEDS, f), join(dir, f))
    writeFileSync(join(dir, "empty.txt"), "")
    writeFileSync(join(dir, "binary.txt"), Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))
    writeFileSync(join(dir, "cp1256.txt"), encodeWindows1256(WINDOWS_1256_ARTICLE.replace(/\n/g, "\r\n")))
    writeFileSync(join(dir, "utf16.txt"), encodeUtf16leWithBom(UTF16_ARTICLE))
    writeFileSync(join(dir, "english.txt"), ENGLISH_ARTICLE)
    symlinkSync(join(dir, "does-not-exist.txt"), join(dir, "unreadable.txt"))
    // a link back to the folder (a cycle) and a second name for a seed: neither adds an article
    symlinkSync(dir, join(dir, "again"))
    symlinkSync(join(dir, readdirSync(SEEDS).find((f) => f.endsWith(".txt"))!), join(dir, "same-seed.txt"))
    run = mawjaz(["briefing", dir, "--out", out])
  })

  it("still makes the briefing, exits 0 and says how many were skipped", () => {
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/7 articles read, 4 skipped/)
    for (const name of ["empty.txt", "binary.txt", "english.txt", "unreadable.txt"]) expect(run.stderr).toContain(name)
  })

  it("decodes Windows-1256 and UTF-16 correctly and lists each skipped file with its reason", () => {
    const briefing = decodeBriefing(JSON.parse(readFileSync(out.replace(/\.pdf$/, ".json"), "utf8")))
    const byId = new Map(briefing.articles.map((a) => [a.id, a]))
    expect(byId.get("cp1256")?.encoding).toBe("windows-1256")
    expect(byId.get("cp1256")?.title).toBe("افتتاح معرض الكتاب في عمان")
    expect(byId.get("utf16")?.encoding).toMatch(/utf-16/)
    expect(byId.get("utf16")?.title).toBe("أمطار غزيرة تغمر شوارع المدينة")
    const skipped = new Map(briefing.skipped.map((s) => [s.path.split("/").pop(), s.reason]))
    expect([...skipped.keys()].sort()).toEqual(["binary.txt", "empty.txt", "english.txt", "unreadable.txt"])
    for (const reason of skipped.values()) expect(reason.length).toBeGreaterThan(4)
  })
})

describe("--out naming a folder", () => {
  it("writes briefing.pdf and its versions inside it", () => {
    const folder = tempDir()
    const run = mawjaz(["briefing", "--out", folder])
    expect(run.status).toBe(0)
    expect(readdirSync(folder).sort()).toEqual(["briefing.html", "briefing.json", "briefing.md", "briefing.pdf"])
  })
})

describe("nothing usable", () => {
  it("fails with a clear message and writes nothing when no file is given", () => {
    const empty = tempDir()
    const out = join(tempDir(), "briefing.pdf")
    const run = mawjaz(["briefing", empty, "--out", out])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/mawjaz: No input files found/)
    expect(existsSync(out)).toBe(false)
  })

  it("fails when no Arabic article is left, naming the skipped files", () => {
    const dir = tempDir()
    writeFileSync(join(dir, "english.txt"), ENGLISH_ARTICLE)
    writeFileSync(join(dir, "empty.txt"), "")
    const out = join(tempDir(), "briefing.pdf")
    const run = mawjaz(["briefing", dir, "--out", out])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/No Arabic article could be read/)
    expect(run.stderr).toContain("english.txt")
    expect(existsSync(out)).toBe(false)
    expect(existsSync(out.replace(/\.pdf$/, ".json"))).toBe(false)
  })
})

describe("when rendering fails", () => {
  it("names the browser problem and leaves an existing briefing untouched", () => {
    const out = join(tempDir(), "briefing.pdf")
    writeFileSync(out, "the previous briefing")
    writeFileSync(out.replace(/\.pdf$/, ".json"), "{}")
    const run = mawjaz(["briefing", "--out", out], { env: { PUPPETEER_EXECUTABLE_PATH: "/nowhere/chromium" } })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/PUPPETEER_EXECUTABLE_PATH points to \/nowhere\/chromium/)
    expect(readFileSync(out, "utf8")).toBe("the previous briefing")
    expect(readFileSync(out.replace(/\.pdf$/, ".json"), "utf8")).toBe("{}")
    expect(readdirSync(join(out, "..")).filter((f) => f.includes(".tmp"))).toEqual([])
  })
})
