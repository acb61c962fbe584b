import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The end-to-end test starts tsx in a child process; give it room on a busy machine.
    testTimeout: 30_000,
  },
});
