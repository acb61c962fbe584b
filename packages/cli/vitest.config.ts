import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every test runs the built binary as a child process; the 2,000-brief batches take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
