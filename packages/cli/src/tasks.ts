import { formatBriefs, parseBriefs, toHTML, toJSONLD, toMarkdown } from "@briefkit/core";
import type { Brief, Diagnostic } from "@briefkit/core";
import { zhHant } from "@briefkit/core/locales/zh-Hant";
import type { LocaleName } from "./args.js";
import { describeFsError } from "./errors.js";
import { refusals } from "./guard.js";
import type { Refusal } from "./guard.js";
import { TooLarge, readCapped } from "./read.js";
import type { PostedPath } from "./read.js";

export const TARGETS = ["md", "html", "jsonld", "json"] as const;
export type Target = (typeof TARGETS)[number];

/** How every file of a batch is read: decoded as `encoding` (detected when undefined), at most `maxBytes` long. */
export interface ReadOptions {
  encoding: string | undefined;
  maxBytes: number;
  /** The language of diagnostic messages. */
  locale: LocaleName;
}

/** The labels `brief fmt` writes: each field's own, or the reference's bilingual ones. */
export type Labels = "as-written" | "bilingual";

/** What to do with each file of a batch. Plain data, so it can be posted to a worker thread. */
export type Task = ReadOptions &
  (
    | { command: "parse"; positions: boolean; compact: boolean }
    | { command: "check" }
    | { command: "fmt"; labels: Labels }
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
      /** fmt: the canonical text, or null when the file is left alone (it has errors, or is refused). */
      formatted?: string | null;
      /** fmt: whether the file's bytes already are the canonical text in UTF-8. */
      canonical?: boolean;
      /** fmt: why writing the canonical text would lose or change some of the file's text. */
      refused?: Refusal[];
      /** fmt: the encoding the file was read as, when it was not UTF-8. */
      readAs?: string;
      /** check: how many briefs the file holds. */
      briefCount?: number;
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

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * The encoding the `encoding` info names ("…it was read as Big5."), when the file was not UTF-8. The
 * core says it only in words, and the CLI parses with the English messages those words are in.
 */
function encodingRead(diagnostics: readonly Diagnostic[]): string | undefined {
  const note = diagnostics.find((diagnostic) => diagnostic.code === "encoding");
  return note && /\b(?:read|decoded) as ([^\s,;]+?)[.,;]?(?:\s|$)/.exec(note.message)?.[1];
}

/**
 * The text the parser read, decoded again for the guard, which needs the text itself; null when
 * this decoding does not give what the parser read (it mends some broken UTF-8 that TextDecoder
 * does not), since positions into another text would point at the wrong characters.
 */
function decodedAgain(bytes: Uint8Array, encoding: string, briefs: readonly Brief[]): string | null {
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
  return JSON.stringify(parseBriefs(text).briefs) === JSON.stringify(briefs) ? text : null;
}

function format(bytes: Uint8Array, task: Task & { command: "fmt" }): Outcome {
  // English messages first: the encoding note is read for the encoding's name (see encodingRead).
  const { briefs, diagnostics: english } = parseBriefs(bytes, { encoding: task.encoding });
  const diagnostics =
    task.locale === "en"
      ? english
      : parseBriefs(bytes, { encoding: task.encoding, ...localeOf(task) }).diagnostics;
  if (english.some((diagnostic) => diagnostic.severity === "error")) {
    return { ok: true, diagnostics, items: [], formatted: null };
  }
  const formatted = formatBriefs(briefs, { labels: task.labels });
  const readAs = encodingRead(english);
  const canonical = equalBytes(bytes, new TextEncoder().encode(formatted));
  // A file that is its own canonical text has nothing to lose.
  if (!canonical) {
    const text = decodedAgain(bytes, readAs ?? "utf-8", briefs);
    // Bilingual labels change on purpose: the data is compared without them, and the letters of
    // the file are looked for in the text formatted with its own labels.
    const refused = refusals(
      { text, briefs, diagnostics: english },
      formatted,
      task.labels === "bilingual" ? { labels: "bilingual", asWritten: formatBriefs(briefs) } : undefined,
    );
    if (refused.length > 0) return { ok: true, diagnostics, items: [], formatted: null, refused };
  }
  return { ok: true, diagnostics, items: [], formatted, canonical, readAs };
}

/** What parseBriefs takes for the task's locale: nothing for English, the default. */
function localeOf(task: Task) {
  return task.locale === "zh-Hant" ? { locale: zhHant } : {};
}

function perform(task: Task, bytes: Uint8Array): Outcome {
  const locale = localeOf(task);
  switch (task.command) {
    case "parse": {
      const { briefs, diagnostics } = parseBriefs(bytes, {
        encoding: task.encoding,
        positions: task.positions,
        ...locale,
      });
      const items = briefs.map((brief) => JSON.stringify(brief, null, task.compact ? undefined : 2));
      return { ok: true, diagnostics, items };
    }
    case "check": {
      const { briefs, diagnostics } = parseBriefs(bytes, {
        encoding: task.encoding,
        positions: false,
        ...locale,
      });
      return { ok: true, diagnostics, items: [], briefCount: briefs.length };
    }
    case "fmt":
      return format(bytes, task);
    case "convert": {
      const { briefs, diagnostics } = parseBriefs(bytes, {
        encoding: task.encoding,
        positions: false,
        ...locale,
      });
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
