import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { execute } from "./tasks.js";
import type { Job, Outcome, Task } from "./tasks.js";

/**
 * Below this many files, starting threads costs more than it saves: a thread takes ~50 ms to start
 * and load the core, while reading and parsing a typical brief takes ~0.2 ms.
 */
const PARALLEL_FROM = 500;
/** Each worker should get at least this many files to be worth its start-up. */
const FILES_PER_WORKER = 250;
/**
 * Jobs go out in batches, two per worker in flight so that none waits for the main thread between
 * batches; batches stay small enough that output starts flowing early and in order.
 */
const BATCH_SIZE = 64;
const BATCHES_IN_FLIGHT = 2;

export function defaultJobs(): number {
  return availableParallelism();
}

function threadCount(files: number, jobs: number): number {
  if (files < PARALLEL_FROM) return 0;
  return Math.min(jobs, Math.ceil(files / FILES_PER_WORKER));
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
): AsyncGenerator<Outcome> {
  const threads = threadCount(jobs.length, parallelism);
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
