import { parentPort, workerData } from "node:worker_threads";
import { execute } from "./tasks.js";
import type { Job, Task } from "./tasks.js";

/** Runs batches of jobs for `pool.ts`; the task comes once, in workerData. */
const task = workerData as Task;

parentPort?.on("message", (jobs: Job[]) => {
  parentPort?.postMessage(jobs.map((job) => ({ index: job.index, outcome: execute(task, job) })));
});
