/** Ctrl-C during a briefing closes the browser and writes nothing. */
import { spawn, spawnSync } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { BIN, mawjaz, ROOT, tempDir } from "./helpers.js"

const browsersUsing = (dir: string) => spawnSync("pgrep", ["-f", dir], { encoding: "utf8" }).stdout.trim()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe("the browser's throwaway profile", () => {
  it("is removed when a briefing fails while Chromium is still starting", () => {
    const profiles = tempDir("mawjaz-profiles-")
    const run = mawjaz(["briefing", join(tempDir(), "missing-folder")], { env: { PUPPETEER_TMP_DIR: profiles } })
    expect(run.status).not.toBe(0)
    expect(readdirSync(profiles)).toEqual([])
  })
})

describe("interrupting a briefing", () => {
  it("closes Chromium and leaves no output behind", async () => {
    // The browser's profile goes under PUPPETEER_TMP_DIR: its processes can be found by it.
    const profiles = tempDir("mawjaz-profiles-")
    const out = join(tempDir(), "briefing.pdf")
    const child = spawn(process.execPath, [BIN, "briefing", "--out", out], {
      cwd: ROOT,
      env: { ...process.env, PUPPETEER_TMP_DIR: profiles },
      stdio: "ignore"
    })
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    const deadline = Date.now() + 120_000
    while (!browsersUsing(profiles) && Date.now() < deadline) await sleep(50)
    expect(browsersUsing(profiles)).not.toBe("")
    child.kill("SIGINT")
    const code = await exited
    expect(code).not.toBe(0)
    await sleep(500)
    expect(browsersUsing(profiles)).toBe("")
    // The browser's throwaway profile is removed too.
    expect(readdirSync(profiles)).toEqual([])
    expect(existsSync(out)).toBe(false)
  })
})
