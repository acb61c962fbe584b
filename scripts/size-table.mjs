// Turns `size-limit --json` output into the size section of BENCHMARKS.md.
import { readFileSync, writeFileSync } from "node:fs";

const config = JSON.parse(readFileSync(".size-limit.json", "utf8"));
const results = JSON.parse(readFileSync("bench/size.json", "utf8"));
const rows = results.map((r) => {
  const budget = config.find((c) => c.name === r.name)?.limit ?? "";
  return `| ${r.name} | ${(r.size / 1024).toFixed(2)} KB | ${budget} | ${r.passed ? "within" : "OVER"} |`;
});
writeFileSync(
  "bench/size.md",
  `## Sizes (min + gzip, measured by size-limit with esbuild)\n\n| what | size | budget | |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`,
);
