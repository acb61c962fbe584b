// Assembles BENCHMARKS.md from the result fragments each package's `bench` task writes,
// headed by the machine and date so numbers are never read without their context.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { format, resolveConfig } from "prettier";

const fragments = [
  "packages/core/bench/results.md",
  "packages/elements/bench/results.md",
  "packages/cli/bench/results.md",
  "bench/size.md",
].filter((path) => existsSync(path));

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const header = `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.
Re-run with \`npm run bench\`; every ratio compares numbers taken in the same run (warm-up, then the median of timed rounds).
`;

const markdown = [header, ...fragments.map((path) => readFileSync(path, "utf8").trim())].join("\n\n") + "\n";
// Formatted as Prettier would, so the root lint's `prettier --check` passes on the file as generated.
const options = { ...(await resolveConfig("BENCHMARKS.md")), filepath: "BENCHMARKS.md" };
writeFileSync("BENCHMARKS.md", await format(markdown, options));
console.log(`BENCHMARKS.md written from ${fragments.length} result files`);
