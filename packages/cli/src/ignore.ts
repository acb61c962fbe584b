/*
 * What a folder walk leaves out: the patterns of .gitignore files (the walked folder's own and those
 * of the folders below it) and of --ignore. The common part of the .gitignore syntax is understood:
 * `#` comments, names that match at any depth, `dir/` for folders only, `*.ext`, a leading or inner
 * `/` that anchors a pattern to its .gitignore's folder, `!` to take a path back, and `**` for any
 * number of folders. The last matching pattern decides; a folder left out is not entered, so a path
 * below it cannot be taken back (as in git).
 */
import { matchSegment } from "./glob.js";

export interface IgnoreRule {
  /** The folder the pattern is relative to, as names below the walked folder. */
  base: readonly string[];
  /** The pattern's segments; `**` stands for any number of them. */
  segments: readonly string[];
  /** A pattern without an inner slash matches a name at any depth below its base. */
  anchored: boolean;
  folderOnly: boolean;
  negated: boolean;
}

/** The rules one line of a .gitignore (or one --ignore) gives, none for blanks and comments. */
export function ignoreRule(line: string, base: readonly string[]): IgnoreRule | null {
  let pattern = line.replace(/\r$/, "");
  // Trailing spaces do not count unless escaped.
  pattern = pattern.replace(/(?<!\\)\s+$/, "");
  if (pattern === "" || pattern.startsWith("#")) return null;
  let negated = false;
  if (pattern.startsWith("!")) {
    negated = true;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith("\\!") || pattern.startsWith("\\#")) {
    pattern = pattern.slice(1);
  }
  const folderOnly = pattern.endsWith("/");
  pattern = pattern.replace(/\/+$/, "");
  if (pattern === "") return null;
  const anchored = pattern.includes("/");
  const segments = pattern
    .replace(/^\/+/, "")
    .split("/")
    .filter((segment) => segment !== "");
  if (segments.length === 0) return null;
  return { base, segments, anchored, folderOnly, negated };
}

/** Every rule of a .gitignore file found in the folder `base`. */
export function ignoreRules(text: string, base: readonly string[]): IgnoreRule[] {
  return text
    .split("\n")
    .map((line) => ignoreRule(line, base))
    .filter((rule) => rule !== null);
}

/** Whether `segments` (from `p`) match `names` (from `n`) exactly, `**` matching any run of names. */
function matchPath(segments: readonly string[], p: number, names: readonly string[], n: number): boolean {
  for (;;) {
    const segment = segments[p];
    if (segment === undefined) return n === names.length;
    if (segment === "**") {
      // Consecutive ** act as one; trying each start keeps this (segments × names) per **.
      for (let from = n; from <= names.length; from++) {
        if (matchPath(segments, p + 1, names, from)) return true;
      }
      return false;
    }
    const name = names[n];
    if (name === undefined || !matchSegment(segment, name, true)) return false;
    p++;
    n++;
  }
}

function matches(rule: IgnoreRule, path: readonly string[], folder: boolean): boolean {
  if (rule.folderOnly && !folder) return false;
  if (path.length <= rule.base.length) return false;
  for (let index = 0; index < rule.base.length; index++) if (path[index] !== rule.base[index]) return false;
  const below = path.slice(rule.base.length);
  if (!rule.anchored) {
    const [segment] = rule.segments;
    return segment === "**" || matchSegment(segment ?? "", below.at(-1) ?? "", true);
  }
  return matchPath(rule.segments, 0, below, 0);
}

/** Whether the last rule that matches `path` (names below the walked folder) leaves it out. */
export function isIgnored(rules: readonly IgnoreRule[], path: readonly string[], folder: boolean): boolean {
  for (let index = rules.length - 1; index >= 0; index--) {
    const rule = rules[index] as IgnoreRule;
    if (matches(rule, path, folder)) return !rule.negated;
  }
  return false;
}
