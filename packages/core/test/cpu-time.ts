/// <reference types="node" />
/**
 * CPU time of one parse, for the tests that check parse time grows in proportion to the input. Times
 * are the process's own CPU time, compared with each other, never checked against a clock.
 */
import { parseBriefs } from "../src/index.js";
import type { ParseBriefsResult } from "../src/index.js";

/**
 * The CPU time this process spends on one parse: unlike the wall clock, other processes' load on a
 * busy machine cannot inflate it.
 */
export function timed(text: string): { seconds: number; result: ParseBriefsResult } {
  // Without this, a parse also pays for collecting what came before it (a large input's making, the
  // last try's briefs): work that grows with the heap, not with the input, and most on a loaded
  // machine. vitest.config.ts runs the tests with --expose-gc.
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  const result = parseBriefs(text);
  const { user, system } = process.cpuUsage(start);
  return { seconds: (user + system) / 1e6, result };
}

/** The fastest of `times` parses: the one least disturbed by whatever else the machine is doing. */
export function fastest(text: string, times: number): { seconds: number; result: ParseBriefsResult } {
  let best = timed(text);
  for (let i = 1; i < times; i++) {
    const next = timed(text);
    if (next.seconds < best.seconds) best = next;
  }
  return best;
}
