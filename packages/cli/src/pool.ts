import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { execute } from "./tasks.js";
import type { Job, Outcome, Task } from "./tasks.js";

/**
 * Threads pay for themselves by the bytes they parse, not by the files they get. Measured on 2 CPUs
 * (see the CLI's README, "Performance"): a worker costs ~150 ms of CPU to start and load the core,
 * and every file it handles costs the main thread a round trip, while the core parses ~20 MB a
 * second. 5,000 briefs (18 MB) took 2.0 s of CPU on one thread and 3.1 s with two workers, 600
 * digests (37 MB) 1.2 s and 1.9 s: below this many bytes one thread is faster, whatever the count.
 */
const PARALLEL_FROM_BYTES = 64 * 1024 * 1024;
/** Each worker should get at least this many bytes to parse to be worth its start-up. */
const BYTES_PER_WORKER = 32 * 1024 * 1024;
/**
 * Jobs go out in batches, two per worker in flight so that none waits for the main thread between
 * batches; batches stay small enough that output starts flowing early and in order.
 */
const BATCH_SIZE = 64;
const BATCHES_IN_FLIGHT = 2;

export function defaultJobs(): number {
  return availableParallelism();
}

/** How many worker threads to start for `bytes` to parse (an estimate: sizes before reading). */
export function threadCount(bytes: number, jobs: number): number {
  // BRIEF_THREADS_FROM_BYTES moves the threshold (tests use it to run small batches in threads).
  const tuned = Number(process.env.BRIEF_THREADS_FROM_BYTES ?? Number.NaN);
  const from = Number.isSafeInteger(tuned) && tuned >= 0 ? tuned : PARALLEL_FROM_BYTES;
  if (bytes < from) return 0;
  const perWorker = from === PARALLEL_FROM_BYTES ? BYTES_PER_WORKER : from / 2;
  return Math.min(jobs, Math.max(2, Math.floor(bytes / Math.max(perWorker, 1))));
}

interface Done {
  index: number;
  outcome: Outcome;
}

/**
 * Does `task` on every job and yields the outcomes in job order. Large batches are spread over
 * worker threads (at most `jobs`), small ones run on this thread; either way the order is the same.
 */
export async function* inOrder(
  task: Task,
  jobs: readonly Job[],
  parallelism: number,
  bytes: number,
): AsyncGenerator<Outcome> {
  const threads = threadCount(bytes, parallelism);
  if (threads <= 1) {
    for (const job of jobs) yield execute(task, job);
    return;
  }

  const finished = new Map<number, Outcome>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };

  let nextJob = 0;
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: task });
    const feed = (): void => {
      const batch = jobs.slice(nextJob, nextJob + BATCH_SIZE);
      nextJob += batch.length;
      if (batch.length > 0) worker.postMessage(batch);
    };
    worker.on("message", (done: Done[]) => {
      for (const { index, outcome } of done) finished.set(index, outcome);
      feed();
      notify();
    });
    worker.on("error", (error) => {
      failure = error;
      notify();
    });
    worker.on("exit", (code) => {
      failure ??= new Error(`a worker thread stopped (exit code ${code})`);
      notify();
    });
    for (let batch = 0; batch < BATCHES_IN_FLIGHT; batch++) feed();
    return worker;
  });

  try {
    for (let index = 0; index < jobs.length; index++) {
      while (!finished.has(index)) {
        if (failure !== null) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const outcome = finished.get(index) as Outcome;
      finished.delete(index);
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
