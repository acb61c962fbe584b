import { parentPort, workerData } from "node:worker_threads";
import { execute } from "./tasks.js";
import type { Job, Task } from "./tasks.js";

/** Runs batches of jobs for `pool.ts`; the task comes once, in workerData. */
const task = workerData as Task;

parentPort?.on("message", async (jobs: Job[]) => {
  const outcomes = [];
  for (const job of jobs) outcomes.push({ index: job.index, outcome: await execute(task, job) });
  parentPort?.postMessage(outcomes);
});
