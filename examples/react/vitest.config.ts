import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starting Vite and Chromium takes seconds on a busy two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
