import { defineConfig } from "vitest/config"

// End-to-end tests start the CLI and Chromium: give them time, and run files one at a time
// so two browsers do not compete for the machine's cores.
export default defineConfig({
  test: { testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false }
})
