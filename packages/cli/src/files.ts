import type { Dirent } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join, resolve, sep } from "node:path";
import { FileError, describeFsError } from "./errors.js";
import { expandBraces, hasGlobSyntax, matchSegment } from "./glob.js";
import { ignoreRule, ignoreRules, isIgnored } from "./ignore.js";
import type { IgnoreRule } from "./ignore.js";
import { printable } from "./names.js";
import type { FilePath } from "./read.js";

/** One input of a batch: a file found on disk, standard input, or a folder that could not be listed. */
export interface Source {
  /**
   * How output and messages name it: the path as given or as found below a folder, or `<stdin>`.
   * A name that is not valid UTF-8 is shown with U+FFFD in place of the bytes it cannot decode.
   */
  name: string;
  /** Absolute path, as raw bytes when the name is not valid UTF-8; null for standard input. */
  path: FilePath | null;
  /** Its path below the folder or glob base it was found in, its file name when named directly. */
  relative: string;
  /** Why a folder could not be listed: it is reported in its place and counts as no file. */
  problem?: string;
}

const STDIN: Source = { name: "<stdin>", path: null, relative: "stdin" };

/** Folders no one means to check: dependencies and hidden folders such as `.git`. */
function skippedFolder(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

function isBriefFile(name: string): boolean {
  return name.toLowerCase().endsWith(".txt");
}

/** The text of a path when it decodes to exactly its bytes, else the bytes themselves. */
function exactPath(bytes: Buffer): FilePath {
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? text : bytes;
}

/** `folder` followed by raw names, joined as bytes so that names that are not UTF-8 survive. */
function joinRaw(folder: string, names: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from(folder)];
  for (const name of names) {
    if (!(parts.at(-1) ?? Buffer.alloc(0)).toString().endsWith(sep)) parts.push(Buffer.from(sep));
    parts.push(name);
  }
  return Buffer.concat(parts);
}

/** A file or folder found `below` the folder `base` given on the command line. */
function foundSource(base: string, below: readonly Buffer[]): Source {
  const names = below.map((name) => name.toString("utf8"));
  return {
    name: join(base, ...names),
    path: exactPath(joinRaw(resolve(base), below)),
    relative: join(...names),
  };
}

/** A folder's entries in byte order of their names, which stay raw bytes (see `exactPath`). */
async function entries(folder: FilePath): Promise<Dirent<Buffer>[]> {
  const found = await readdir(folder, { withFileTypes: true, encoding: "buffer" });
  return found.sort((a, b) => Buffer.compare(a.name, b.name));
}

/** A folder that could not be listed, to be reported in its place while the rest is still checked. */
function unlistable(base: string, below: readonly Buffer[], error: unknown): Source {
  return { ...foundSource(base, below), problem: `cannot read folder: ${describeFsError(error)}` };
}

/** The patterns of a folder's .gitignore, relative to it; none when it has none or it cannot be read. */
async function gitignore(folder: Buffer, names: readonly string[]): Promise<IgnoreRule[]> {
  let text: string;
  try {
    text = await readFile(Buffer.concat([folder, Buffer.from(sep), Buffer.from(".gitignore")]), "utf8");
  } catch {
    return [];
  }
  return ignoreRules(text, names);
}

/**
 * Every `*.txt` below a folder, depth first in name order so output is the same on every run, leaving
 * out what the folder's .gitignore files and the --ignore patterns (`extra`, relative to the folder) list.
 */
async function walk(base: string, below: Buffer[], ignore: readonly string[]): Promise<Source[]> {
  const names = below.map((name) => name.toString("utf8"));
  const extra = ignore.map((pattern) => ignoreRule(pattern, names)).filter((rule) => rule !== null);
  return walkFolder(base, below, [], extra);
}

/**
 * One folder of a walk. `rules` are the .gitignore patterns of the folders above, parents first so
 * that a nested .gitignore has the last word below its folder; `extra` are the --ignore patterns,
 * which nothing takes back.
 */
async function walkFolder(
  base: string,
  below: Buffer[],
  inherited: readonly IgnoreRule[],
  extra: readonly IgnoreRule[],
): Promise<Source[]> {
  let children: Dirent<Buffer>[];
  const folder = joinRaw(base, below);
  try {
    children = await entries(folder);
  } catch (error) {
    return [unlistable(base, below, error)];
  }
  const names = below.map((name) => name.toString("utf8"));
  const hasGitignore = children.some(
    (entry) => entry.isFile() && entry.name.toString("utf8") === ".gitignore",
  );
  const rules = hasGitignore ? [...inherited, ...(await gitignore(folder, names))] : inherited;
  const ignored = (name: string, isFolder: boolean): boolean => {
    const path = [...names, name];
    return isIgnored(extra, path, isFolder) || isIgnored(rules, path, isFolder);
  };
  const found: Source[] = [];
  for (const entry of children) {
    const name = entry.name.toString("utf8");
    const path = [...below, entry.name];
    // Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
    if (entry.isDirectory()) {
      if (!skippedFolder(name) && !ignored(name, true))
        found.push(...(await walkFolder(base, path, rules, extra)));
    } else if (
      isBriefFile(name) &&
      !ignored(name, false) &&
      (entry.isFile() || (await isFile(joinRaw(base, path))))
    ) {
      found.push(foundSource(base, path));
    }
  }
  return found;
}

async function isFile(path: FilePath): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isFolder(path: FilePath): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A path below a glob's fixed base that matched, or a folder on the way that could not be listed. */
interface Match {
  below: Buffer[];
  error?: unknown;
}

/** The fixed leading folders of a brace-free glob, and the paths below them that match the rest. */
async function glob(pattern: string): Promise<{ base: string; matches: Match[] }> {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (segments.length > 1 && !hasGlobSyntax(segments[0] ?? "")) fixed.push(segments.shift() ?? "");
  const base = fixed.length === 0 ? "." : fixed.join(sep) || sep;
  try {
    return { base, matches: await match(base, [], segments, await entries(base)) };
  } catch (error) {
    throw new FileError(`cannot read folder ${printable(base)}: ${describeFsError(error)}`);
  }
}

async function match(
  base: string,
  below: Buffer[],
  segments: readonly string[],
  children: readonly Dirent<Buffer>[],
): Promise<Match[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [{ below }];
  const descend = async (entry: Dirent<Buffer>, remaining: readonly string[]): Promise<Match[]> => {
    const path = [...below, entry.name];
    try {
      return await match(base, path, remaining, await entries(joinRaw(base, path)));
    } catch (error) {
      return [{ below: path, error }];
    }
  };
  if (segment === "**") {
    const deeper = children
      .filter((entry) => entry.isDirectory() && !skippedFolder(entry.name.toString("utf8")))
      .map((entry) => descend(entry, segments));
    return [...(await match(base, below, rest, children)), ...(await Promise.all(deeper)).flat()];
  }
  const matching = children.filter((entry) => matchSegment(segment, entry.name.toString("utf8")));
  if (rest.length === 0) return matching.map((entry) => ({ below: [...below, entry.name] }));
  const nested = matching.filter((entry) => entry.isDirectory()).map((entry) => descend(entry, rest));
  return (await Promise.all(nested)).flat();
}

async function expand(argument: string, ignore: readonly string[]): Promise<Source[]> {
  let stats;
  try {
    stats = await stat(argument);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    if (code === "ENOENT" && hasGlobSyntax(argument)) return expandPattern(argument, ignore);
    throw new FileError(`${printable(argument)}: ${describeFsError(error)}`);
  }
  if (stats.isDirectory()) return walk(argument, [], ignore);
  return [{ name: argument, path: resolve(argument), relative: basename(argument) }];
}

async function expandPattern(pattern: string, ignore: readonly string[]): Promise<Source[]> {
  const found: Source[] = [];
  for (const alternative of expandBraces(pattern)) {
    const { base, matches } = await glob(alternative);
    for (const { below, error } of matches) {
      if (error !== undefined) found.push(unlistable(base, below, error));
      // A matched folder is walked like a folder named on the command line.
      else if (await isFolder(joinRaw(base, below))) found.push(...(await walk(base, below, ignore)));
      else found.push(foundSource(base, below));
    }
  }
  if (found.length === 0) throw new FileError(`${printable(pattern)}: no files match`);
  return found;
}

/** A string that is the same for two paths exactly when they hold the same bytes, to key maps with. */
export function pathKey(path: FilePath): string {
  return Buffer.from(typeof path === "string" ? Buffer.from(path) : path).toString("latin1");
}

/**
 * The files a command works on, in the order given: files as named, folders walked for `*.txt`,
 * glob patterns the shell left unexpanded, and `-` for standard input. A file named twice is read once.
 * Folder walks leave out what .gitignore files and the `ignore` patterns list; files named are read.
 */
export async function findSources(
  argumentsGiven: readonly string[],
  ignore: readonly string[] = [],
): Promise<Source[]> {
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const argument of argumentsGiven) {
    const found = argument === "-" ? [STDIN] : await expand(argument, ignore);
    for (const source of found) {
      const key = source.path === null ? "-" : pathKey(source.path);
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return sources;
}
