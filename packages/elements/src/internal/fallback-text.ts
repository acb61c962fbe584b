const INDENT = /^[ \t]*/;

/**
 * The brief a page wrote inside the element, minus the indentation its HTML nesting added: the
 * brief's own indentation (points indented under the lead) survives, relative to its left edge.
 * Whitespace-only lines at either end are dropped; nothing else changes.
 */
export function fallbackText(host: Element): string {
  return dedent(host.textContent ?? "");
}

export function dedent(text: string): string {
  const lines = text.split("\n");
  const isBlank = (line: string) => line.trim() === "";
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && isBlank(lines[first] ?? "")) first++;
  while (last >= first && isBlank(lines[last] ?? "")) last--;
  if (first > last) return "";
  const kept = lines.slice(first, last + 1);
  const indent = kept.reduce(
    (least, line) => (isBlank(line) ? least : Math.min(least, INDENT.exec(line)?.[0].length ?? 0)),
    Infinity,
  );
  // Text with nothing to take away is kept as it is: a copy would double what every card holds.
  if (indent === 0 && first === 0 && last === lines.length - 1) return text;
  return kept.map((line) => (isBlank(line) ? line : line.slice(indent))).join("\n");
}
