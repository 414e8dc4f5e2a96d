import { defineConfig } from "vitest/config";

// The shared build machine is often loaded; property tests get room to finish.
export default defineConfig({ test: { testTimeout: 60_000 } });
