import { statSync } from "node:fs";
import { count, encodingLabel, localeOption } from "./args.js";
import { UsageError } from "./errors.js";
import { findSources } from "./files.js";
import type { Source } from "./files.js";
import { Output } from "./output.js";
import { defaultJobs, inOrder } from "./pool.js";
import { printable } from "./names.js";
import { DEFAULT_MAX_BYTES, LARGEST_MAX_BYTES, readStdinCapped } from "./read.js";
import type { FilePath } from "./read.js";
import { diagnosticLine } from "./reporter.js";
import type { Located } from "./reporter.js";
import { cannotRead } from "./tasks.js";
import type { Job, Outcome, ReadOptions, Task } from "./tasks.js";

/** Standard input's bytes, or why they could not be read (reported in its place, like a file's). */
async function readStdin(maxBytes: number): Promise<Pick<Job, "bytes" | "failure">> {
  try {
    return { bytes: await readStdinCapped(maxBytes) };
  } catch (error) {
    return { failure: cannotRead(error) };
  }
}

/**
 * About how many bytes the batch will parse, by the sizes the file system reports (a file that
 * cannot be looked at counts as none; it will be reported when it is read). Decides on threads.
 */
function bytesToRead(jobs: readonly Job[]): number {
  let bytes = 0;
  for (const job of jobs) {
    if (job.bytes !== undefined) bytes += job.bytes.length;
    else if (job.path !== null) {
      try {
        bytes += statSync(job.path as FilePath).size;
      } catch {
        // reported when it is read
      }
    }
  }
  return bytes;
}

function maxBytesOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const maxBytes = count("max-bytes", value, 1);
  if (maxBytes > LARGEST_MAX_BYTES) {
    throw new UsageError(`--max-bytes can be at most ${LARGEST_MAX_BYTES}, not ${value}`);
  }
  return maxBytes;
}

/** The options every command shares, as parseArgs returns them. */
export interface BatchOptions {
  encoding?: string | undefined;
  jobs?: string | undefined;
  "max-bytes"?: string | undefined;
  ignore?: string[] | undefined;
  locale?: string | undefined;
}

/** The files one command run works on, and how to run a task over them with output in their order. */
export class Batch {
  readonly sources: readonly Source[];
  /** How many of the sources are files (or standard input) rather than folders that could not be listed. */
  readonly files: number;
  readonly read: ReadOptions;
  readonly output: Output;
  readonly #jobs: readonly Job[];
  readonly #parallelism: number;
  readonly #bytes: number;

  private constructor(sources: Source[], jobs: Job[], read: ReadOptions, parallelism: number, label: string) {
    this.sources = sources;
    this.files = sources.filter((source) => source.problem === undefined).length;
    this.read = read;
    this.output = new Output(label, sources.length);
    this.#jobs = jobs;
    this.#parallelism = parallelism;
    this.#bytes = parallelism > 1 ? bytesToRead(jobs) : 0;
  }

  /** Checks the shared options and finds the inputs; throws a UsageError or FileError before any work. */
  static async open(command: string, given: readonly string[], options: BatchOptions): Promise<Batch> {
    // `brief check` alone checks the project it is run in; the others need to be told what to read.
    const inputs = given.length === 0 && command === "check" ? ["."] : given;
    if (inputs.length === 0) {
      throw new UsageError(
        `no input given: name files or folders, or - for standard input (see brief ${command} --help)`,
      );
    }
    const encoding = options.encoding === undefined ? undefined : encodingLabel(options.encoding);
    const parallelism = options.jobs === undefined ? defaultJobs() : count("jobs", options.jobs, 1);
    const maxBytes = maxBytesOption(options["max-bytes"]);
    const locale = localeOption(options.locale);
    const sources = await findSources(inputs, options.ignore ?? []);
    const stdin = sources.some((source) => source.path === null) ? await readStdin(maxBytes) : undefined;
    const jobs = sources.map((source, index): Job => {
      if (source.problem !== undefined) return { index, path: null, failure: source.problem };
      return source.path === null ? { index, path: null, ...stdin } : { index, path: source.path };
    });
    return new Batch(sources, jobs, { encoding, maxBytes, locale }, parallelism, `brief ${command}`);
  }

  /** Each source with what came of it, in input order, while the progress line counts up. */
  async *run(task: Task): AsyncGenerator<[Source, Outcome]> {
    let done = 0;
    for await (const outcome of inOrder(task, this.#jobs, this.#parallelism, this.#bytes)) {
      const source = this.sources[done] as Source;
      done++;
      yield [source, outcome];
      this.output.progress(done);
    }
    this.output.finish();
  }

  /** One line on stderr for a file that could not be read, written or processed. */
  async fail(source: Source, reason: string): Promise<void> {
    await this.output.error(`brief: ${printable(source.name)}: ${reason}\n`);
  }

  /** Puts a file's errors on stderr, for commands whose stdout is data; says whether there were any. */
  async reportErrors(source: Source, diagnostics: readonly Located[]): Promise<boolean> {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    await this.output.error(errors.map((error) => `${diagnosticLine(source.name, error)}\n`).join(""));
    return errors.length > 0;
  }
}
