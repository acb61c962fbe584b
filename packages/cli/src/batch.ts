import type { Diagnostic } from "@briefkit/core";
import { count, encodingLabel } from "./args.js";
import { UsageError } from "./errors.js";
import { findSources } from "./files.js";
import type { Source } from "./files.js";
import { Output } from "./output.js";
import { defaultJobs, inOrder } from "./pool.js";
import { diagnosticLine } from "./reporter.js";
import type { Job, Outcome, Task } from "./tasks.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The options every command shares, as parseArgs returns them. */
export interface BatchOptions {
  encoding?: string | undefined;
  jobs?: string | undefined;
}

/** The files one command run works on, and how to run a task over them with output in their order. */
export class Batch {
  readonly sources: readonly Source[];
  readonly encoding: string | undefined;
  readonly output: Output;
  readonly #jobs: readonly Job[];
  readonly #parallelism: number;

  private constructor(
    sources: Source[],
    jobs: Job[],
    encoding: string | undefined,
    parallelism: number,
    label: string,
  ) {
    this.sources = sources;
    this.encoding = encoding;
    this.output = new Output(label, sources.length);
    this.#jobs = jobs;
    this.#parallelism = parallelism;
  }

  /** Checks the shared options and finds the inputs; throws a UsageError or FileError before any work. */
  static async open(command: string, inputs: readonly string[], options: BatchOptions): Promise<Batch> {
    if (inputs.length === 0) {
      throw new UsageError(
        `no input given: name files or folders, or - for standard input (see brief ${command} --help)`,
      );
    }
    const encoding = options.encoding === undefined ? undefined : encodingLabel(options.encoding);
    const parallelism = options.jobs === undefined ? defaultJobs() : count("jobs", options.jobs, 1);
    const sources = await findSources(inputs);
    const stdin = sources.some((source) => source.path === null) ? await readStdin() : undefined;
    const jobs = sources.map((source, index): Job =>
      source.path === null ? { index, path: null, bytes: stdin } : { index, path: source.path },
    );
    return new Batch(sources, jobs, encoding, parallelism, `brief ${command}`);
  }

  /** Each source with what came of it, in input order, while the progress line counts up. */
  async *run(task: Task): AsyncGenerator<[Source, Outcome]> {
    let done = 0;
    for await (const outcome of inOrder(task, this.#jobs, this.#parallelism)) {
      const source = this.sources[done] as Source;
      done++;
      yield [source, outcome];
      this.output.progress(done);
    }
    this.output.finish();
  }

  /** One line on stderr for a file that could not be read, written or processed. */
  async fail(source: Source, reason: string): Promise<void> {
    await this.output.error(`brief: ${source.name}: ${reason}\n`);
  }

  /** Puts a file's errors on stderr, for commands whose stdout is data; says whether there were any. */
  async reportErrors(source: Source, diagnostics: readonly Diagnostic[]): Promise<boolean> {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    await this.output.error(errors.map((error) => `${diagnosticLine(source.name, error)}\n`).join(""));
    return errors.length > 0;
  }
}
