import { once } from "node:events";

/** Batches smaller than this finish too soon for a progress line to help. */
const PROGRESS_FROM = 100;
const PROGRESS_INTERVAL_MS = 100;

/** Standard output is written in chunks of about this many characters rather than once per file. */
const FLUSH_AT = 64 * 1024;

async function writeTo(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === "") return;
  // Waiting for "drain" keeps memory flat when stdout is a slow pipe and the batch is large.
  if (!stream.write(text)) await once(stream, "drain");
}

let pending: string[] = [];
let pendingLength = 0;

/**
 * Writes what is buffered for standard output. Called before anything goes to stderr, so that the
 * two streams still come out in the order they were written, and at the end of every run (main.ts).
 */
export async function flushStdout(): Promise<void> {
  if (pendingLength === 0) return;
  const text = pending.join("");
  pending = [];
  pendingLength = 0;
  await writeTo(process.stdout, text);
}

/** Buffers `text` for standard output: one write per file costs a system call each on a pipe. */
async function bufferStdout(text: string): Promise<void> {
  if (text === "") return;
  pending.push(text);
  pendingLength += text.length;
  if (pendingLength >= FLUSH_AT) await flushStdout();
}

/**
 * Standard output and error for one command run, plus the progress line: shown on stderr only when
 * stderr is a terminal and the batch is large, and wiped before anything else is written so that it
 * never ends up mixed into real output.
 */
export class Output {
  readonly #label: string;
  readonly #total: number;
  readonly #progress: boolean;
  #shown = false;
  #lastDraw = 0;

  constructor(label: string, total: number) {
    this.#label = label;
    this.#total = total;
    this.#progress = process.stderr.isTTY === true && total >= PROGRESS_FROM;
  }

  async out(text: string): Promise<void> {
    this.#clear();
    await bufferStdout(text);
  }

  async error(text: string): Promise<void> {
    if (text === "") return;
    await flushStdout();
    this.#clear();
    await writeTo(process.stderr, text);
  }

  progress(done: number): void {
    if (!this.#progress) return;
    const now = Date.now();
    if (now - this.#lastDraw < PROGRESS_INTERVAL_MS) return;
    this.#lastDraw = now;
    // What is buffered goes out before the line is drawn, so it is never drawn over.
    void flushStdout();
    process.stderr.write(`\r\x1b[K${this.#label} ${done}/${this.#total} files`);
    this.#shown = true;
  }

  /** Takes the progress line away at the end of the run. */
  finish(): void {
    this.#clear();
  }

  #clear(): void {
    if (!this.#shown) return;
    process.stderr.write("\r\x1b[K");
    this.#shown = false;
  }
}
