/**
 * Parser throughput against peers measured in the same run, scaling, and memory.
 * Run with `npm run bench -w @briefkit/core`; writes bench/results.md for BENCHMARKS.md.
 */
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { micromark } from "micromark";
import { parseBrief, parseBriefs } from "@briefkit/core";
import { measure, mbPerSecond, table, type Sample } from "./harness.js";
import { briefsFor, byteLength, digest, reference } from "./inputs.js";

const markdownIt = new MarkdownIt();
const floor = (text: string) => {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) n += line.trim().length;
  return n;
};

function compare(label: string, text: string, ours: () => unknown, peers: boolean): string {
  const bytes = byteLength(text);
  const samples: Sample[] = [
    measure("briefkit", bytes, ours),
    ...(peers
      ? [
          measure("markdown-it (parse)", bytes, () => markdownIt.parse(text, {})),
          measure("marked (lexer)", bytes, () => marked.lexer(text)),
          measure("micromark", bytes, () => micromark(text)),
        ]
      : []),
    measure("floor: split lines + trim", bytes, () => floor(text)),
  ];
  const base = samples[0]!;
  const rows = samples.map((s) => [
    s.name,
    mbPerSecond(s).toFixed(1),
    (1 / s.seconds).toFixed(1),
    (base.seconds / s.seconds).toFixed(2),
  ]);
  return `### ${label} (${(bytes / 1024).toFixed(1)} KiB)\n\n${table(
    ["parser", "MB/s", "calls/s", "speed relative to briefkit"],
    rows,
  )}\n`;
}

function scaling(): string {
  const rows: (string | number)[][] = [];
  let first: Sample | undefined;
  for (const times of [1, 10, 100, 1000]) {
    const text = digest(times);
    const s = measure(`${times}×`, byteLength(text), () => parseBriefs(text), times >= 1000 ? 5 : 11);
    first ??= s;
    rows.push([
      s.name,
      (s.bytes / 1024).toFixed(0),
      (s.seconds * 1000).toFixed(2),
      (s.seconds / first.seconds).toFixed(1),
      mbPerSecond(s).toFixed(1),
      (mbPerSecond(s) / mbPerSecond(first)).toFixed(2),
    ]);
  }
  return `### Scaling: a digest of N reference briefs\n\n${table(
    ["input", "KiB", "ms", "time ÷ 1×", "MB/s", "throughput ÷ 1×"],
    rows,
  )}\n`;
}

function peakMemory(): string {
  // A child process per measurement, so the peak resident set belongs to that parse alone.
  const script = new URL("./memory.ts", import.meta.url).pathname;
  const run = (what: string) =>
    JSON.parse(execFileSync(process.execPath, ["--import", "tsx", script, what], { encoding: "utf8" })) as {
      rssMB: number;
      heapMB: number;
      bytes: number;
    };
  const baseline = run("baseline");
  const big = run("digest");
  return `### Memory: the 5 MB digest\n\n${table(
    ["run", "input MB", "peak RSS MB", "heap used after parse MB"],
    [
      ["Node baseline (no parse)", "0", baseline.rssMB.toFixed(1), baseline.heapMB.toFixed(1)],
      ["parseBriefs(5 MB digest)", (big.bytes / 1e6).toFixed(1), big.rssMB.toFixed(1), big.heapMB.toFixed(1)],
    ],
  )}\n`;
}

const fiveMB = digest(briefsFor(5_000_000));
const sections = [
  compare("The reference brief", reference, () => parseBrief(reference), true),
  compare("A 5 MB digest of generated briefs", fiveMB, () => parseBriefs(fiveMB), true),
  scaling(),
  peakMemory(),
];
const out = `## Parser (@briefkit/core)\n\n${sections.join("\n")}`;
writeFileSync(new URL("./results.md", import.meta.url), out);
console.log(out);
