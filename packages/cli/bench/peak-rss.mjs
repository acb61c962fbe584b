// Preloaded into the CLI by check.ts (`node --import`): records the process's peak resident set,
// worker threads included, when it exits. Worker threads share the process, so they add nothing here.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.BRIEF_BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
