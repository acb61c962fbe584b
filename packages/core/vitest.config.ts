import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests run hundreds of cases; on a busy 2-core CI machine 5 s is not enough headroom.
    testTimeout: 30_000,
    // test/adversarial.test.ts collects the garbage before each timed parse (see `timed` there)
    execArgv: ["--expose-gc"],
  },
});
