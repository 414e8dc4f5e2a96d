import { defineConfig } from "vitest/config"

// Rendering and printing are heavy on a shared 2-core machine: generous timeouts, files one after another.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 120_000, fileParallelism: false } })
