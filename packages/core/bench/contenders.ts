/**
 * The contenders of the reference race, shared by the timed race (parse.ts) and the instruction counts
 * (instructions.ts), so both measure the same calls. Peers are named with the exact version installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import MarkdownIt from "markdown-it";
import MarkdownIt14 from "markdown-it-14";
import { marked } from "marked";
import { micromark } from "micromark";
import { parseBrief } from "@briefkit/core";

/** The version in the package.json of the package `specifier` resolves to (an npm alias included). */
export function installedVersion(specifier: string): string {
  let folder = dirname(fileURLToPath(import.meta.resolve(specifier)));
  for (;;) {
    const file = join(folder, "package.json");
    if (existsSync(file)) {
      const { version } = JSON.parse(readFileSync(file, "utf8")) as { version?: string };
      if (version !== undefined) return version;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json with a version above ${specifier}`);
    folder = parent;
  }
}

/** The floor: the least any line parser must do, split into lines and trim each one. */
export const floor = (text: string) => {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) n += line.trim().length;
  return n;
};

export interface Peer {
  name: string;
  /** One call on `text`. */
  run: (text: string) => unknown;
}

const markdownIt15 = new MarkdownIt();
const markdownIt14 = new MarkdownIt14();

/** The peers, each a tokenizer or renderer over the same text, named with the version installed. */
export const PEERS: readonly Peer[] = [
  {
    name: `markdown-it ${installedVersion("markdown-it")} (parse)`,
    run: (text) => markdownIt15.parse(text, {}),
  },
  {
    name: `markdown-it ${installedVersion("markdown-it-14")} (parse)`,
    run: (text) => markdownIt14.parse(text, {}),
  },
  { name: `marked ${installedVersion("marked")} (lexer)`, run: (text) => marked.lexer(text) },
  { name: `micromark ${installedVersion("micromark")} (to HTML)`, run: (text) => micromark(text) },
  { name: "floor: split lines + trim", run: floor },
];

/** Ours first: the race's ratios are taken against the first contender. */
export const BRIEFKIT: Peer = { name: "briefkit parseBrief", run: (text) => parseBrief(text) };

/**
 * The parser before the real-world grammar (bench/before/README.md), unpacked to a temporary module.
 * The path is written from `../bench/` so that it resolves the same from this file and from the
 * bundle instructions.ts builds beside bench/.
 */
async function parserBefore(): Promise<Peer> {
  const packed = new URL("../bench/before/parse-brief-7387e35.mjs.gz", import.meta.url);
  const folder = mkdtempSync(join(tmpdir(), "briefkit-before-"));
  const file = join(folder, "parse-brief-7387e35.mjs");
  writeFileSync(file, gunzipSync(readFileSync(packed)));
  let before: { parseBrief: (text: string) => unknown };
  try {
    before = (await import(pathToFileURL(file).href)) as typeof before;
  } finally {
    // once loaded the module needs no file; every bench process and callgrind run unpacks its own
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    name: "briefkit parseBrief before the real-world grammar (7387e35)",
    run: (text) => before.parseBrief(text),
  };
}

export const BEFORE: Peer = await parserBefore();

export const REFERENCE_CONTENDERS: readonly Peer[] = [BRIEFKIT, BEFORE, ...PEERS];
