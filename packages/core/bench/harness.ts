import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

/**
 * A small benchmark harness for a shared, noisy machine. Contenders run interleaved, one batch each per
 * round, so a burst of load from elsewhere slows every contender of that round alike; ratios are taken
 * within each round and the median round is reported.
 */
export interface Contender {
  name: string;
  /** Bytes of input one call handles, for MB/s. */
  bytes: number;
  fn: () => unknown;
}

export interface Sample {
  name: string;
  bytes: number;
  /** Median seconds for one call. */
  seconds: number;
  /** Median over rounds of (first contender's time ÷ this one's): above 1, this one is faster. */
  speedup: number;
  /** Calls timed, warm-up excluded. */
  calls: number;
  /** Calls made before timing (calibration included), until successive batches agreed. */
  warmCalls: number;
  /** Whether two successive warm-up batches agreed before the warm-up budget ran out. */
  settled: boolean;
}

export interface RaceOptions {
  /** Rounds wanted; fewer (never under `minRounds`) when one round costs more than the budget allows. */
  rounds?: number;
  minRounds?: number;
  /** Seconds the timed rounds of the whole race may take. */
  budgetSeconds?: number;
  /** A batch runs at least this long, so the timer's resolution does not matter. */
  minBatchSeconds?: number;
  /** …and makes at least this many calls. */
  minBatchCalls?: number;
  /**
   * Calls each contender makes before timing starts, at the least; warm-up then goes on, a batch at a
   * time, until two successive batches agree within `settleTolerance` (or `warmSeconds` run out).
   */
  minWarmCalls?: number;
  settleTolerance?: number;
  /** Seconds one contender's warm-up may take at most. */
  warmSeconds?: number;
}

const now = () => performance.now() / 1000;

let sink: unknown;

function timeBatch(fn: () => unknown, calls: number): number {
  const start = now();
  for (let i = 0; i < calls; i++) sink = fn();
  return (now() - start) / calls;
}

/** Grows the batch until it runs long enough; the calls made here are the warm-up. */
function calibrate(fn: () => unknown, minSeconds: number, minCalls: number): number {
  let calls = 1;
  for (;;) {
    const start = now();
    for (let i = 0; i < calls; i++) sink = fn();
    if (now() - start >= minSeconds && calls >= minCalls) return calls;
    calls *= 2;
  }
}

/**
 * Runs batches until at least `minCalls` calls were made and the last two batches agree within
 * `tolerance`: JIT tiers (V8 optimises a function only after many calls) have then settled.
 */
function warmUp(
  fn: () => unknown,
  calls: number,
  minCalls: number,
  tolerance: number,
  maxSeconds: number,
): { calls: number; settled: boolean; batchSeconds: number } {
  const start = now();
  let made = 0;
  let previous = Number.POSITIVE_INFINITY;
  for (;;) {
    const seconds = timeBatch(fn, calls) * calls;
    made += calls;
    const agree = Math.abs(seconds - previous) <= tolerance * Math.min(seconds, previous);
    if (made >= minCalls && agree) return { calls: made, settled: true, batchSeconds: seconds };
    if (now() - start > maxSeconds) return { calls: made, settled: false, batchSeconds: seconds };
    previous = seconds;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function race(contenders: Contender[], options: RaceOptions = {}): Sample[] {
  const {
    rounds = 15,
    minRounds = 3,
    budgetSeconds = 20,
    minBatchSeconds = 0.1,
    minBatchCalls = 1,
    minWarmCalls = 0,
    settleTolerance = 0.05,
    warmSeconds = 20,
  } = options;
  const batches = contenders.map((c) => calibrate(c.fn, minBatchSeconds, minBatchCalls));
  // Untimed batches after calibration until each contender's timing has settled.
  const warm = contenders.map((c, i) =>
    warmUp(c.fn, batches[i]!, minWarmCalls, settleTolerance, warmSeconds),
  );
  const roundSeconds = warm.reduce((a, w) => a + w.batchSeconds, 0);
  const wanted = Math.max(minRounds, Math.min(rounds, Math.floor(budgetSeconds / roundSeconds)));
  const times = contenders.map(() => [] as number[]);
  for (let r = 0; r < wanted; r++) {
    contenders.forEach((c, i) => times[i]!.push(timeBatch(c.fn, batches[i]!)));
  }
  if (sink === Symbol.for("never")) console.log(sink);
  const base = times[0]!;
  return contenders.map((c, i) => ({
    name: c.name,
    bytes: c.bytes,
    seconds: median(times[i]!),
    speedup: median(times[i]!.map((t, r) => base[r]! / t)),
    calls: batches[i]! * wanted,
    // Calibration doubles from one call up to the batch size: that is the batch size less one again.
    warmCalls: warm[i]!.calls + batches[i]! * 2 - 1,
    settled: warm[i]!.settled,
  }));
}

export const mbPerSecond = (s: Sample) => s.bytes / s.seconds / 1e6;

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * A target's line in the results: what was asked, what was measured, whether it holds, and, when it
 * does not, what limits it (from profiling), so the explanation appears exactly as long as it applies.
 */
export function verdict(target: string, measured: string, met: boolean, limit = ""): string {
  if (met) return `- ✅ met: ${target} — measured ${measured}`;
  return `- ❌ not met: ${target} — measured ${measured}.${limit ? ` What limits it: ${limit}` : ""}`;
}

/** Writes a results file as Prettier would, so `prettier --check` in lint passes on it as generated. */
export async function writeMarkdown(url: URL, markdown: string): Promise<string> {
  const path = fileURLToPath(url);
  const formatted = await format(markdown, { ...(await resolveConfig(path)), filepath: path });
  writeFileSync(path, formatted);
  return formatted;
}
