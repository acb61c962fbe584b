const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

function escape(char: string, code: number): string {
  return (
    NAMED[char] ?? (code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, "0")}`)
  );
}

/**
 * A file name as text output shows it: control characters escaped (`\n`, `\x1b`…), so that a name
 * holding a line break cannot split a report line in two or move the terminal's cursor. JSON output
 * keeps names exact instead.
 */
export function printable(name: string): string {
  let shown = "";
  for (const char of name) {
    const code = char.charCodeAt(0);
    shown += isControl(code) ? escape(char, code) : char;
  }
  return shown;
}
