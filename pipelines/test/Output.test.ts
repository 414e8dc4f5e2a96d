import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { writeAll } from "../src/Output.js"

describe("writeAll", () => {
  it.effect("replaces outputs only when every file was written", () =>
    Effect.gen(function* () {
      const dir = mkdtempSync(join(tmpdir(), "mawjaz-out-"))
      writeFileSync(join(dir, "a.json"), "old")
      // The second target's folder is a file: that write fails, so the first must not be replaced.
      writeFileSync(join(dir, "blocker"), "")
      const exit = yield* Effect.exit(writeAll([
        { path: join(dir, "a.json"), data: "new" },
        { path: join(dir, "blocker", "b.pdf"), data: new Uint8Array([1]) }
      ]))
      expect(Exit.isFailure(exit)).toBe(true)
      expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("old")
      expect(readdirSync(dir).sort()).toEqual(["a.json", "blocker"])

      yield* writeAll([{ path: join(dir, "a.json"), data: "new" }, { path: join(dir, "sub", "b.txt"), data: "b" }])
      expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("new")
      expect(readFileSync(join(dir, "sub", "b.txt"), "utf8")).toBe("b")
    }).pipe(Effect.provide(NodeContext.layer))
  )

  it.effect("makes missing folders, and names a file that stands where a folder should be", () =>
    Effect.gen(function* () {
      const dir = mkdtempSync(join(tmpdir(), "mawjaz-out-"))
      yield* writeAll([{ path: join(dir, "a", "b", "c.md"), data: "c" }])
      expect(readFileSync(join(dir, "a", "b", "c.md"), "utf8")).toBe("c")
      writeFileSync(join(dir, "file"), "")
      const exit = yield* Effect.exit(writeAll([{ path: join(dir, "file", "sub", "x.md"), data: "x" }]))
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain(`${join(dir, "file")} is a file, not a directory`)
    }).pipe(Effect.provide(NodeContext.layer))
  )

  // Node 20's recursive mkdir never returns there; the error must come at once
  it.runIf(existsSync("/proc/self"))("fails, without hanging, where the kernel refuses a folder (/proc)", async () => {
    const exit = await Effect.runPromise(Effect.exit(writeAll([{ path: "/proc/mawjaz-none/x.md", data: "x" }])).pipe(Effect.provide(NodeContext.layer)))
    expect(Exit.isFailure(exit)).toBe(true)
  }, 5_000)
})
