// Bundles the CLI into dist/ so that `mawjaz` starts fast: one ES module for the commands,
// and separate chunks (loaded on demand) for the report and the browser.
import { build } from "esbuild"
import { rmSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
rmSync(resolve(root, "dist"), { recursive: true, force: true })

await build({
  absWorkingDir: root,
  // The compute worker is its own entry: ComputePool starts it as a thread from dist/ComputeWorker.js.
  entryPoints: ["src/bin.ts", "src/ComputeWorker.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  // Puppeteer is loaded from node_modules at run time: it finds its own files relative to itself.
  external: ["puppeteer", "puppeteer-core"],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  minify: true,
  logLevel: "warning"
})
