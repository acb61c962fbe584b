/**
 * `brief check` over 50,000 brief files: wall time, throughput, peak memory and time to the first
 * line of output, with worker threads and with one thread, and at 5,000 files to show that memory
 * stays flat as the batch grows (files are streamed through, not held). Writes bench/results.md.
 * Run with `npm run bench -w @briefkit/cli` after building.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const BIN = fileURLToPath(new URL("../bin/brief.js", import.meta.url));
const PEAK_RSS = fileURLToPath(new URL("./peak-rss.mjs", import.meta.url));
const REFERENCE = readFileSync(
  new URL("../test/fixtures/rare-earths-2025-10-24.txt", import.meta.url),
  "utf8",
);
const FILES_PER_FOLDER = 1000;

/**
 * `count` variants of the reference brief, 1,000 to a folder as archives are usually kept. Days from 13
 * on keep every date unambiguous, so each file has exactly the reference's one diagnostic.
 */
function writeBriefs(root: string, count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(root, `week-${String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, "0")}`);
    if (i % FILES_PER_FOLDER === 0) mkdirSync(folder);
    const text = REFERENCE.replace("10/24/2025", `${(i % 12) + 1}/${(i % 16) + 13}/2025`).replace(
      "Foreign Policy",
      `Foreign Policy ${i}`,
    );
    writeFileSync(join(folder, `brief-${String(i).padStart(5, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface Measurement {
  seconds: number;
  firstOutputSeconds: number;
  peakRssMB: number;
  outputLines: number;
  status: number | null;
}

/** Runs the CLI, counting its output as it streams by rather than keeping it. */
function measure(args: string[]): Promise<Measurement> {
  const rssFile = join(tmpdir(), `brief-bench-rss-${process.pid}`);
  const start = performance.now();
  let firstOutput = 0;
  let outputLines = 0;
  const child = spawn(process.execPath, ["--import", PEAK_RSS, BIN, ...args], {
    env: { ...process.env, BRIEF_BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout.on("data", (chunk: Buffer) => {
    firstOutput ||= performance.now();
    for (const byte of chunk) if (byte === 0x0a) outputLines++;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = (performance.now() - start) / 1000;
      const peakRssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
      rmSync(rssFile, { force: true });
      resolve({ seconds, firstOutputSeconds: (firstOutput - start) / 1000, peakRssMB, outputLines, status });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median run of three by time, after one untimed run that warms the file system cache. */
async function medianRun(args: string[]): Promise<Measurement> {
  await measure(args);
  const runs = [await measure(args), await measure(args), await measure(args)];
  const seconds = median(runs.map((r) => r.seconds));
  return runs.find((r) => r.seconds === seconds)!;
}

const root = mkdtempSync(join(tmpdir(), "brief-bench-"));
try {
  const big = join(root, "50000");
  const small = join(root, "5000");
  mkdirSync(big);
  mkdirSync(small);
  const bigBytes = writeBriefs(big, 50_000);
  const smallBytes = writeBriefs(small, 5_000);

  const rows: { name: string; files: number; bytes: number; m: Measurement }[] = [
    {
      name: "`brief check` (default: worker threads)",
      files: 50_000,
      bytes: bigBytes,
      m: await medianRun(["check", big]),
    },
    {
      name: "`brief check --jobs 1` (one thread)",
      files: 50_000,
      bytes: bigBytes,
      m: await medianRun(["check", "--jobs", "1", big]),
    },
    {
      name: "`brief check` on 5,000 files",
      files: 5_000,
      bytes: smallBytes,
      m: await medianRun(["check", small]),
    },
  ];
  const baseline = await medianRun(["--version"]);
  for (const { name, files, m } of rows) {
    // every reference brief has one info (its unclosed 「), plus the summary line
    if (m.status !== 0 || m.outputLines !== files + 1) {
      throw new Error(`${name}: exit ${m.status}, ${m.outputLines} lines of output for ${files} files`);
    }
  }
  const [threads, single, fewer] = rows.map((row) => row.m) as [Measurement, Measurement, Measurement];
  const table = rows.map(
    ({ name, files, bytes, m }) =>
      `| ${name} | ${files} | ${(bytes / 1e6).toFixed(0)} | ${m.seconds.toFixed(2)} | ${(files / m.seconds).toFixed(0)} | ${(bytes / 1e6 / m.seconds).toFixed(1)} | ${m.firstOutputSeconds.toFixed(2)} | ${m.peakRssMB.toFixed(0)} |`,
  );
  const markdown = `## CLI (@briefkit/cli)

\`brief check\` over a folder tree of reference-sized briefs (1,000 to a folder), output read from a pipe;
the median of three runs after one warm-up run. Peak RSS is the whole process, worker threads included,
from \`process.resourceUsage().maxRSS\` at exit. \`brief --version\` alone peaks at ${baseline.peakRssMB.toFixed(0)} MB RSS.

| run | files | MB | seconds | files/s | MB/s | first output after (s) | peak RSS MB |
| --- | --- | --- | --- | --- | --- | --- | --- |
${table.join("\n")}

- Streaming: the 50,000 files hold ${(bigBytes / 1e6).toFixed(0)} MB of text, yet the check peaks at ${threads.peakRssMB.toFixed(0)} MB, ${(threads.peakRssMB - baseline.peakRssMB).toFixed(0)} MB above Node's own; ten times the files take ${(threads.peakRssMB / fewer.peakRssMB).toFixed(2)}× the peak memory of 5,000 (the list of file names grows with the batch, the texts do not), and the first diagnostics appear after ${((threads.firstOutputSeconds / threads.seconds) * 100).toFixed(0)}% of the run.
- Worker threads make the 50,000-file check ${(single.seconds / threads.seconds).toFixed(2)}× as fast as one thread on this ${availableParallelism()}-core machine.
`;
  const path = fileURLToPath(new URL("./results.md", import.meta.url));
  const formatted = await format(markdown, { ...(await resolveConfig(path)), filepath: path });
  writeFileSync(path, formatted);
  console.log(formatted);
} finally {
  rmSync(root, { recursive: true, force: true });
}
