// Bundles the CLI into dist/ so that `mawjaz` starts fast: one ES module for the commands,
// and separate chunks (loaded on demand) for the report and the browser.
import { build } from "esbuild"

await build({
  entryPoints: ["src/bin.ts"],
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
  logLevel: "warning"
})
