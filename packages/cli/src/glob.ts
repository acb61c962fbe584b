/*
 * Just enough glob for quoted patterns (`brief check 'briefs/**\/*.txt'`) on shells that do not expand
 * them: `*`, `?`, `[abc]`, `[a-z]`, `[!abc]` within a path segment, `**` across segments, `{a,b}`.
 * Segments are matched by a two-pointer scan that backtracks only to the last `*`, so a pattern can
 * never take more than (pattern × name) steps.
 */

type Token =
  | { kind: "star" }
  | { kind: "any" }
  | { kind: "literal"; char: string }
  | { kind: "class"; negated: boolean; ranges: [string, string][] };

export function hasGlobSyntax(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Expands `{a,b}` alternatives (nested too) into plain patterns. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  let hasComma = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "{") {
      if (depth === 0) {
        open = index;
        hasComma = false;
      }
      depth++;
    } else if (char === "," && depth === 1) {
      hasComma = true;
    } else if (char === "}" && depth > 0) {
      depth--;
      if (depth === 0 && hasComma) {
        const prefix = pattern.slice(0, open);
        const suffix = pattern.slice(index + 1);
        return splitTopLevel(pattern.slice(open + 1, index)).flatMap((choice) =>
          expandBraces(prefix + choice + suffix),
        );
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === "{") depth++;
    else if (char === "}") depth--;
    else if (char === "," && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function tokenize(segment: string): Token[] {
  const chars = [...segment];
  const tokens: Token[] = [];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? "";
    if (char === "*") {
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (char === "?") {
      tokens.push({ kind: "any" });
    } else if (char === "[" && chars.indexOf("]", index + 2) !== -1) {
      const close = chars.indexOf("]", index + 2);
      let body = chars.slice(index + 1, close);
      const negated = body[0] === "!" || body[0] === "^";
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let at = 0; at < body.length; at++) {
        const from = body[at] ?? "";
        const to = body[at + 2];
        if (body[at + 1] === "-" && to !== undefined) {
          ranges.push([from, to]);
          at += 2;
        } else {
          ranges.push([from, from]);
        }
      }
      tokens.push({ kind: "class", negated, ranges });
      index = close;
    } else {
      tokens.push({ kind: "literal", char });
    }
  }
  return tokens;
}

function matchesOne(token: Token, char: string): boolean {
  switch (token.kind) {
    case "any":
      return true;
    case "literal":
      return token.char === char;
    case "class": {
      const inside = token.ranges.some(([from, to]) => char >= from && char <= to);
      return inside !== token.negated;
    }
    case "star":
      return false;
  }
}

/**
 * Whether one path segment (a file or folder name) matches one pattern segment. As in shells,
 * wildcards do not match a leading dot (`*` skips hidden files) unless `dot` is set, as in .gitignore.
 */
export function matchSegment(pattern: string, name: string, dot = false): boolean {
  if (!dot && name.startsWith(".") && !pattern.startsWith(".")) return false;
  const tokens = tokenize(pattern);
  const chars = [...name];
  let t = 0;
  let c = 0;
  let starToken = -1;
  let starChar = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token?.kind === "star") {
      starToken = t++;
      starChar = c;
    } else if (token !== undefined && matchesOne(token, chars[c] ?? "")) {
      t++;
      c++;
    } else if (starToken !== -1) {
      t = starToken + 1;
      c = ++starChar;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === "star") t++;
  return t === tokens.length;
}
