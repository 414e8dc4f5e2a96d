import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expandPaths, uniqueIds } from "../src/Inputs.js"

const dir = () => mkdtempSync(join(tmpdir(), "mawjaz-inputs-"))

describe("expandPaths", () => {
  it.effect("walks folders recursively in name order, skipping hidden files and listing unsupported ones", () =>
    Effect.gen(function* () {
      const root = dir()
      mkdirSync(join(root, "b"))
      writeFileSync(join(root, "b", "2.txt"), "x")
      writeFileSync(join(root, "1.md"), "x")
      writeFileSync(join(root, ".hidden.txt"), "x")
      writeFileSync(join(root, "photo.jpg"), "x")
      const { files, skipped } = yield* expandPaths([root])
      expect(files).toEqual([join(root, "1.md"), join(root, "b", "2.txt")])
      expect(skipped.map((s) => (s._tag === "Skipped" ? s.skipped.path : ""))).toEqual([join(root, "photo.jpg")])
    }).pipe(Effect.provide(NodeContext.layer))
  )

  it.effect("reads a file once however it is reached: a link cycle, a second link, the same path twice", () =>
    Effect.gen(function* () {
      const root = dir()
      mkdirSync(join(root, "news"))
      writeFileSync(join(root, "news", "a.txt"), "x")
      symlinkSync(join(root, "news"), join(root, "news", "again")) // a cycle
      symlinkSync(join(root, "news", "a.txt"), join(root, "news", "link.txt"))
      const { files, skipped } = yield* expandPaths([join(root, "news"), join(root, "news", "a.txt")])
      expect(files).toEqual([join(root, "news", "a.txt")])
      expect(skipped).toEqual([])
    }).pipe(Effect.provide(NodeContext.layer))
  )

  it.effect("reports a missing path as skipped, and fails only when there is nothing at all", () =>
    Effect.gen(function* () {
      const { files, skipped } = yield* expandPaths(["/no/such/folder"])
      expect(files).toEqual([])
      expect(skipped).toHaveLength(1)
      const empty = yield* Effect.exit(expandPaths([dir()]))
      expect(Exit.isFailure(empty)).toBe(true)
    }).pipe(Effect.provide(NodeContext.layer))
  )
})

describe("uniqueIds", () => {
  it("renames a second article with the same id", () => {
    const a = { id: "a" } as never
    expect(uniqueIds([a, a, a]).map((x: { id: string }) => x.id)).toEqual(["a", "a-2", "a-3"])
  })
})
