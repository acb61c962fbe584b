/**
 * Instructions per call for the reference race, counted by valgrind's callgrind: unlike timings they
 * do not depend on what else the machine runs. Each contender runs in its own `node --single-threaded`
 * process (no background compiler or GC threads, so their work is counted where it happens); its
 * warm-up is left out, and two successive windows are counted, which agree once it is steady. The
 * target is bundled first (esbuild), so start-up under valgrind does not also run a TypeScript loader.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildSync } from "esbuild";
import { REFERENCE_CONTENDERS } from "./contenders.js";
import { table } from "./harness.js";
import { byteLength, reference } from "./inputs.js";

export interface InstructionCount {
  name: string;
  /** Instructions a call in the first and the second window after warm-up. */
  windows: [number, number];
  perCall: number;
}

export interface InstructionOptions {
  /** Calls made before counting, so each contender reaches its optimised steady state. */
  warm?: number;
  /** Calls in each counted window. */
  calls?: number;
  /** Contenders measured at once: instruction counts do not change with load. */
  concurrency?: number;
  /** The names of the contenders to count, ours first; all of them when absent. */
  only?: readonly string[];
}

const MARKER = "uv_os_getppid";

export function valgrindVersion(): string | null {
  try {
    return execFileSync("valgrind", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

const totals = (file: string) => Number(/^totals: (\d+)/m.exec(readFileSync(file, "utf8"))?.[1] ?? NaN);

/**
 * The target as one ES module, in a folder beside bench/ (removed once counted), so the reference
 * (`../test/fixtures`) and the peers' package.json files (their versions) resolve as from bench/.
 */
function bundleTarget(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const outfile = join(folder, "instructions-target.mjs");
  buildSync({
    entryPoints: [fileURLToPath(new URL("./instructions-target.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

async function count(target: string, name: string, warm: number, calls: number): Promise<InstructionCount> {
  const folder = mkdtempSync(join(tmpdir(), "briefkit-callgrind-"));
  try {
    await promisify(execFile)(
      "valgrind",
      [
        "--tool=callgrind",
        `--dump-before=${MARKER}`,
        `--callgrind-out-file=${join(folder, "out")}`,
        process.execPath,
        "--single-threaded",
        target,
        name,
        String(warm),
        String(calls),
      ],
      { maxBuffer: 64 * 2 ** 20 },
    );
    // A dump before each marker call: the last two numbered dumps are the two windows (start-up may
    // call the marker too, so there can be more before them); the unnumbered one is the exit.
    const dumps = readdirSync(folder)
      .map((file) => Number(/^out\.(\d+)$/.exec(file)?.[1] ?? NaN))
      .filter((n) => !Number.isNaN(n))
      .sort((a, b) => a - b);
    if (dumps.length < 3) throw new Error(`${name}: ${dumps.length} callgrind dumps, expected 3 or more`);
    const [one, two] = dumps.slice(-2);
    const first = totals(join(folder, `out.${one}`)) / calls;
    const second = totals(join(folder, `out.${two}`)) / calls;
    return { name, windows: [first, second], perCall: (first + second) / 2 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function instructionCounts(options: InstructionOptions = {}): Promise<InstructionCount[]> {
  const { warm = 4000, calls = 1000, concurrency = 2, only } = options;
  const names = only ?? REFERENCE_CONTENDERS.map((c) => c.name);
  const folder = fileURLToPath(new URL(`../.bench-callgrind-${process.pid}/`, import.meta.url));
  try {
    const target = bundleTarget(folder);
    const results: InstructionCount[] = [];
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const name = names[next++]!;
        results.push(await count(target, name, warm, calls));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
    return names.map((name) => results.find((r) => r.name === name)!);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const millions = (n: number) => (n / 1e6).toFixed(3);

/** The results section: a table, ours first, with each peer's count over ours. */
export function instructionSection(counts: InstructionCount[], options: InstructionOptions = {}): string {
  const { warm = 4000, calls = 1000 } = options;
  const ours = counts[0]!;
  const bytes = byteLength(reference);
  const rows = counts.map((c) => [
    c.name,
    millions(c.perCall),
    (c.perCall / bytes).toFixed(0),
    `${millions(c.windows[0])} / ${millions(c.windows[1])}`,
    (c.perCall / ours.perCall).toFixed(2),
  ]);
  return `### Instructions per call on the reference brief (callgrind)

Counted by ${valgrindVersion() ?? "valgrind"} (\`--tool=callgrind\`), each contender in its own \`node --single-threaded\` process: ${warm.toLocaleString("en")} calls of warm-up left out, then two windows of ${calls.toLocaleString("en")} calls counted (both shown: they agree once the contender is steady). Instruction counts do not change with the machine's load, so this is the race to trust where the timings above are noisy.

${table(["parser", "M instructions a call", "instructions a byte", "window 1 / window 2 (M)", "its count ÷ ours"], rows)}
`;
}
