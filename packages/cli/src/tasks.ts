import { formatBriefs, parseBriefs, toHTML, toJSONLD, toMarkdown } from "@briefkit/core";
import type { Brief, Diagnostic } from "@briefkit/core";
import { describeFsError } from "./errors.js";
import { TooLarge, readCapped } from "./read.js";
import type { PostedPath } from "./read.js";

export const TARGETS = ["md", "html", "jsonld", "json"] as const;
export type Target = (typeof TARGETS)[number];

/** How every file of a batch is read: decoded as `encoding` (detected when undefined), at most `maxBytes` long. */
export interface ReadOptions {
  encoding: string | undefined;
  maxBytes: number;
}

/** What to do with each file of a batch. Plain data, so it can be posted to a worker thread. */
export type Task = ReadOptions &
  (
    | { command: "parse"; positions: boolean; compact: boolean }
    | { command: "check" }
    | { command: "fmt" }
    | { command: "convert"; to: Target }
  );

/**
 * One input of a batch: read from `path`, or standard input already read into `bytes`, or an input
 * already known to be unreadable (a folder that could not be listed, standard input that was too long).
 */
export interface Job {
  index: number;
  path: PostedPath | null;
  bytes?: Uint8Array;
  failure?: string;
}

/** What came of one file. `items` holds one rendering per brief (JSON, Markdown or HTML). */
export type Outcome =
  | { ok: false; reason: string }
  | {
      ok: true;
      diagnostics: Diagnostic[];
      items: string[];
      /** fmt: the canonical text, or null when the file has errors and is left alone. */
      formatted?: string | null;
      /** fmt: whether the file's bytes already are the canonical text in UTF-8. */
      canonical?: boolean;
    };

function render(brief: Brief, to: Target): string {
  switch (to) {
    case "md":
      return toMarkdown(brief);
    case "html":
      return toHTML(brief);
    case "jsonld":
      return JSON.stringify(toJSONLD(brief), null, 2);
    case "json":
      return JSON.stringify(brief, null, 2);
  }
}

function sameBriefs(a: readonly Brief[], b: readonly Brief[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function format(bytes: Uint8Array, encoding: string | undefined): Outcome {
  const { briefs, diagnostics } = parseBriefs(bytes, { encoding, positions: false });
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    return { ok: true, diagnostics, items: [], formatted: null };
  }
  const formatted = formatBriefs(briefs);
  // Formatting must not change what a brief says; if reading the result back disagrees, keep the file.
  if (!sameBriefs(parseBriefs(formatted, { positions: false }).briefs, briefs)) {
    return {
      ok: false,
      reason: "formatting would change its content, so it was left as is (please report this)",
    };
  }
  const canonical = equalBytes(bytes, new TextEncoder().encode(formatted));
  return { ok: true, diagnostics, items: [], formatted, canonical };
}

function perform(task: Task, bytes: Uint8Array): Outcome {
  switch (task.command) {
    case "parse": {
      const { briefs, diagnostics } = parseBriefs(bytes, {
        encoding: task.encoding,
        positions: task.positions,
      });
      const items = briefs.map((brief) => JSON.stringify(brief, null, task.compact ? undefined : 2));
      return { ok: true, diagnostics, items };
    }
    case "check": {
      const { diagnostics } = parseBriefs(bytes, { encoding: task.encoding, positions: false });
      return { ok: true, diagnostics, items: [] };
    }
    case "fmt":
      return format(bytes, task.encoding);
    case "convert": {
      const { briefs, diagnostics } = parseBriefs(bytes, { encoding: task.encoding, positions: false });
      return { ok: true, diagnostics, items: briefs.map((brief) => render(brief, task.to)) };
    }
  }
}

export function cannotRead(error: unknown): string {
  return `cannot read: ${error instanceof TooLarge ? error.message : describeFsError(error)}`;
}

/**
 * Reads one file and does the task on it. Never throws: a failure is an outcome like any other.
 * The read is synchronous on purpose: each thread handles one file at a time anyway, and a small
 * file is read several times faster without the round trip through libuv's thread pool.
 */
export function execute(task: Task, job: Job): Outcome {
  if (job.failure !== undefined) return { ok: false, reason: job.failure };
  let bytes: Uint8Array;
  try {
    bytes = job.bytes ?? readCapped(job.path ?? "", task.maxBytes);
  } catch (error) {
    return { ok: false, reason: cannotRead(error) };
  }
  try {
    return perform(task, bytes);
  } catch (error) {
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
