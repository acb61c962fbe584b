/**
 * Markdown, Org and reStructuredText → plain brief lines. Briefs reach us through pandoc, html2text and
 * note apps as `## 摘要:`, `**作者/Author(s):** …`, `** 摘要:`, `*作者:*`, underlined headings, `\*`
 * escapes and `---` for an em dash. The dialect is recognised once from the whole text by its tells;
 * then each of the dialect's rules takes one kind of markup out, in order, every rule an edit of the
 * source so positions still lead back to the input. Content is left as written.
 *
 * Every pattern is anchored or bounded so it stays linear on any line, however long.
 */
import type { Dialect } from "../diagnostics.js";
import type { Edit, Source, StepNote } from "./source.js";

/** A pattern (with the `d` flag), the groups of each match it takes out, and what it puts there instead. */
type Rule = readonly [RegExp, readonly number[], ((written: string) => string)?];

/** What gives a dialect away, and how much: a heading or a bold label is enough alone, an escape is not. */
const TELLS: ReadonlyArray<readonly [RegExp, Dialect, number]> = [
  [/^#{1,6}[ \t]+\S/gm, "markdown", 3],
  [/^(?:\*\*|__)[^*_\n]{1,40}[:：](?:\*\*|__)/gm, "markdown", 3],
  [/\*\*[^\s*][^\n*]{0,400}\*\*/g, "markdown", 2],
  [/^<!--/gm, "markdown", 2],
  [/^\*{2,6} \S[^\n]* \*{2,6}[ \t\r]*$/gm, "markdown", 3],
  [/\\[!-/:-@[-`{-~]/g, "markdown", 1],
  [/^[ \t]*[-*+] {2,}\S/gm, "markdown", 1],
  [/^#\+\w+:/gm, "org", 3],
  [/^\*[^*\s][^*\n]{0,40}[:：]\*/gm, "org", 3],
  [/^(?:\.\. |[ \t]*#\. )/gm, "rst", 2],
];

/** Below this score a tell is chance (`C#`, one stray `**`). */
const THRESHOLD = 3;

/** A text line: something visible on it, and not a list item. */
const TEXT_LINE = String.raw`^(?![ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|#))[ \t]*\S[^\n]*\n`;
const underline = (chars: string): RegExp =>
  new RegExp(`${TEXT_LINE}[ \\t]*([${chars}]{2,})[ \\t\\r]*$`, "dgm");

const DASH: Rule = [
  /(?<=[^\s-][^\S\n]*)(-{2,3})(?!-)/dg,
  [1],
  (dashes) => (dashes.length === 3 ? "\u2014" : "\u2013"),
];
const PLUS: Rule = [/^[ \t]*(\+)[ \t]/dgm, [1], () => "-"];
const BOLD: Rule = [/(?<![\\*])(\*\*|__)(?=[^\s*_])[^\n]{0,400}?[^\s\\](\1)/dg, [1, 2]];
const STAR: Rule = [/(?<![\\*\w])(\*)(?=[^\s*])[^\n*]{0,400}?[^\s\\*](\*)(?![*\w])/dg, [1, 2]];
const ESCAPE: Rule = [/(\\)(?:[!-/:-@[-`{-~]|(?=[^\S\n]*$))/dgm, [1]];
const LINE_BLOCK: Rule = [/^[ \t]*(\| )/dgm, [1]];

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};
const ENTITY: Rule = [
  /(&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp);)/dg,
  [1],
  (ref) => {
    const name = ref.slice(1, -1);
    const code =
      name[0] !== "#"
        ? -1
        : name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : +name.slice(1);
    return NAMED[name] ?? (code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ref);
  },
];

/** Each dialect's rules, in the order they run: whole lines first, then marks at line starts, then inline. */
const RULES: Readonly<Record<Dialect, readonly Rule[]>> = {
  markdown: [
    [/^[ \t]*(<!--[^\n]*-->)/dgm, [1]],
    [underline("=-"), [1]],
    // pandoc writes a Word paragraph indented inside a list item as a block quote
    [/^[ \t]*((?:>[ \t]?)+)/dgm, [1]],
    [/^[ \t]{0,3}(#{1,6}[ \t]+)/dgm, [1]],
    // html2text's headings: `***** 摘要: *****`
    [/^(\*{2,6}[ \t]+)[^\n]*?([ \t]+\*{2,6})[ \t]*\r?$/dgm, [1, 2]],
    LINE_BLOCK,
    PLUS,
    BOLD,
    STAR,
    DASH,
    ENTITY,
    ESCAPE,
  ],
  org: [[/^([ \t]*(?:#\+|:[A-Za-z_]+:)[^\r\n]*)/dgm, [1]], [/^(\*+[ \t]+)/dgm, [1]], PLUS, STAR, DASH],
  rst: [
    [/^((?:\.\.|::)(?: [^\r\n]*)?)$/dgm, [1]],
    [underline("-=~^\"'`#*+:._"), [1]],
    [
      new RegExp(
        String.raw`^([-=~^"'\x60#*+:._]{2,})[ \t\r]*\n(?=${TEXT_LINE.slice(1)}[ \t]*[-=~^"'\x60#*+:._]{2,}[ \t\r]*$)`,
        "dgm",
      ),
      [1],
    ],
    LINE_BLOCK,
    PLUS,
    BOLD,
    STAR,
    ESCAPE,
  ],
};

function score(text: string): { dialect: Dialect | null; first: number } {
  const scores: Record<Dialect, number> = { markdown: 0, org: 0, rst: 0 };
  let first = text.length;
  for (const [pattern, dialect, weight] of TELLS) {
    for (const match of text.matchAll(pattern)) {
      scores[dialect] += weight;
      first = Math.min(first, match.index);
    }
  }
  const { markdown, org, rst } = scores;
  if (Math.max(markdown, org, rst) < THRESHOLD) return { dialect: null, first };
  // reStructuredText shares Markdown's bold and bullets: two of its own directives or `#.` items decide
  if (rst >= 4) return { dialect: "rst", first };
  return { dialect: org >= markdown ? "org" : "markdown", first };
}

function edits(text: string, [pattern, groups, replace]: Rule): Edit[] {
  const found: Edit[] = [];
  for (const match of text.matchAll(pattern)) {
    for (const group of groups) {
      const span = match.indices?.[group];
      if (span)
        found.push({ from: span[0], to: span[1], insert: replace ? replace(match[group] ?? "") : "" });
    }
  }
  return found;
}

/**
 * reStructuredText's `#.` items are numbered by their place in the list: each becomes the number it
 * stands for, counted per indentation, so the outline reads them as numbered sub-points.
 */
function autoNumbers(text: string): Edit[] {
  const found: Edit[] = [];
  const counts: number[] = [];
  for (const match of text.matchAll(/^([ \t]*)(#\.|\S)?/gm)) {
    const indent = (match[1] ?? "").length;
    if (match[2] === undefined) continue;
    counts.length = Math.min(counts.length, match[2] === "#." ? indent + 1 : indent);
    if (match[2] !== "#.") continue;
    counts[indent] = (counts[indent] ?? 0) + 1;
    found.push({ from: match.index + indent, to: match.index + indent + 1, insert: String(counts[indent]) });
  }
  return found;
}

/** A cheap look for any markup character, so a plain brief costs one search. */
const MAY_BE_MARKUP = /[#*_\\+|>&]|--|\.\. /;

/** Finds the dialect and takes its markup out of the source; plain text is left alone. */
export function readMarkup(source: Source): StepNote[] {
  const { text } = source;
  if (!MAY_BE_MARKUP.test(text)) return [];
  const { dialect, first } = score(text);
  if (dialect === null) return [];
  const end = text.indexOf("\n", first);
  const note = { detail: { code: "markup", dialect } as const, from: first, to: end < 0 ? text.length : end };
  const notes = source.apply({ edits: [], notes: [note] });
  if (dialect === "rst") source.apply({ edits: autoNumbers(source.text), notes: [] });
  for (const rule of RULES[dialect]) source.apply({ edits: edits(source.text, rule), notes: [] });
  return notes;
}
