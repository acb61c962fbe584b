import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { FileError, describeFsError } from "./errors.js";
import { expandBraces, hasGlobSyntax, matchSegment } from "./glob.js";

/** One input of a batch: a file found on disk, or standard input. */
export interface Source {
  /** How output and messages name it: the path as given or as found below a folder, or `<stdin>`. */
  name: string;
  /** Absolute path; null for standard input. */
  path: string | null;
  /** Its path below the folder or glob base it was found in, its file name when named directly. */
  relative: string;
}

const STDIN: Source = { name: "<stdin>", path: null, relative: "stdin" };

/** Folders no one means to check: dependencies and hidden folders such as `.git`. */
function skippedFolder(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

function isBriefFile(name: string): boolean {
  return name.toLowerCase().endsWith(".txt");
}

async function entries(folder: string): Promise<Dirent[]> {
  try {
    const found = await readdir(folder, { withFileTypes: true });
    return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new FileError(`cannot read folder ${folder}: ${describeFsError(error)}`);
  }
}

/** Every `*.txt` below a folder, depth first in name order so output is the same on every run. */
async function walk(folder: string, base: string): Promise<Source[]> {
  const found: Source[] = [];
  for (const entry of await entries(folder)) {
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
    if (entry.isDirectory()) {
      if (!skippedFolder(entry.name)) found.push(...(await walk(path, base)));
    } else if (isBriefFile(entry.name) && (entry.isFile() || (await isFile(path)))) {
      found.push({ name: path, path: resolve(path), relative: relative(base, path) });
    }
  }
  return found;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The fixed leading folders of a brace-free glob, and the paths below them that match the rest. */
async function glob(pattern: string): Promise<{ base: string; paths: string[] }> {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (segments.length > 1 && !hasGlobSyntax(segments[0] ?? "")) fixed.push(segments.shift() ?? "");
  const base = fixed.length === 0 ? "." : fixed.join(sep) || sep;
  return { base, paths: await match(base, segments) };
}

async function match(folder: string, segments: string[]): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [folder];
  if (segment === "**") {
    const deeper = (await entries(folder))
      .filter((entry) => entry.isDirectory() && !skippedFolder(entry.name))
      .map((entry) => match(join(folder, entry.name), segments));
    return [...(await match(folder, rest)), ...(await Promise.all(deeper)).flat()];
  }
  const children = (await entries(folder)).filter((entry) => matchSegment(segment, entry.name));
  if (rest.length === 0) return children.map((entry) => join(folder, entry.name));
  const nested = children
    .filter((entry) => entry.isDirectory())
    .map((entry) => match(join(folder, entry.name), rest));
  return (await Promise.all(nested)).flat();
}

async function expand(argument: string): Promise<Source[]> {
  let stats;
  try {
    stats = await stat(argument);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    if (code === "ENOENT" && hasGlobSyntax(argument)) return expandPattern(argument);
    throw new FileError(`${argument}: ${describeFsError(error)}`);
  }
  if (stats.isDirectory()) return walk(argument, argument);
  return [{ name: argument, path: resolve(argument), relative: basename(argument) }];
}

async function expandPattern(pattern: string): Promise<Source[]> {
  const found: Source[] = [];
  for (const alternative of expandBraces(pattern)) {
    const { base, paths } = await glob(alternative);
    for (const path of paths) {
      // A matched folder is walked like a folder named on the command line.
      if ((await stat(path)).isDirectory()) found.push(...(await walk(path, base)));
      else found.push({ name: path, path: resolve(path), relative: relative(base, path) });
    }
  }
  if (found.length === 0) throw new FileError(`${pattern}: no files match`);
  return found;
}

/**
 * The files a command works on, in the order given: files as named, folders walked for `*.txt`,
 * glob patterns the shell left unexpanded, and `-` for standard input. A file named twice is read once.
 */
export async function findSources(argumentsGiven: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const argument of argumentsGiven) {
    const found = argument === "-" ? [STDIN] : await expand(argument);
    for (const source of found) {
      const key = source.path ?? "-";
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return sources;
}
