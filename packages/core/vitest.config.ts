import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests run hundreds of cases; on a busy 2-core CI machine 5 s is not enough headroom.
    testTimeout: 30_000,
    // the linearity tests collect the garbage before each timed parse (test/cpu-time.ts)
    execArgv: ["--expose-gc"],
  },
});
