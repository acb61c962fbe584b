import { once } from "node:events";

/** Batches smaller than this finish too soon for a progress line to help. */
const PROGRESS_FROM = 100;
const PROGRESS_INTERVAL_MS = 100;

async function writeTo(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === "") return;
  // Waiting for "drain" keeps memory flat when stdout is a slow pipe and the batch is large.
  if (!stream.write(text)) await once(stream, "drain");
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
    await writeTo(process.stdout, text);
  }

  async error(text: string): Promise<void> {
    this.#clear();
    await writeTo(process.stderr, text);
  }

  progress(done: number): void {
    if (!this.#progress) return;
    const now = Date.now();
    if (now - this.#lastDraw < PROGRESS_INTERVAL_MS) return;
    this.#lastDraw = now;
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
