/** A tiny benchmark harness: warm-up, then the median of several timed rounds. */
export interface Sample {
  name: string;
  /** Median seconds for one call of `fn`. */
  seconds: number;
  /** Bytes of input one call handles, for MB/s. */
  bytes: number;
}

const now = () => performance.now() / 1000;

export function measure(name: string, bytes: number, fn: () => unknown, rounds = 15, minRoundSeconds = 0.1): Sample {
  let sink: unknown;
  let perRound = 1;
  // Warm-up doubles as calibration: grow the batch until one round takes long enough to time.
  for (;;) {
    const start = now();
    for (let i = 0; i < perRound; i++) sink = fn();
    if (now() - start >= minRoundSeconds) break;
    perRound *= 2;
  }
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = now();
    for (let i = 0; i < perRound; i++) sink = fn();
    times.push((now() - start) / perRound);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  times.sort((a, b) => a - b);
  return { name, bytes, seconds: times[Math.floor(times.length / 2)]! };
}

export const mbPerSecond = (s: Sample) => s.bytes / s.seconds / 1e6;

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
