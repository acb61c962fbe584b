import { describe, expect, it } from "vitest";
import { printable } from "../src/names.js";

describe("file names in text output", () => {
  it("escapes line breaks and tabs by their usual names", () => {
    expect(printable("two\nlines\r\tx.txt")).toBe("two\\nlines\\r\\tx.txt");
  });

  it("escapes other control characters, DEL and C1 controls as hex", () => {
    expect(printable("\u001b[31mred\u007f\u0085.txt")).toBe("\\x1b[31mred\\x7f\\x85.txt");
  });

  it("escapes the Unicode line and paragraph separators", () => {
    expect(printable("a\u2028b\u2029c.txt")).toBe("a\\u2028b\\u2029c.txt");
  });

  it("leaves spaces, backslashes, Chinese and replacement characters as they are", () => {
    expect(printable("C:\\briefs\\稀土 簡報 \ufffd.txt")).toBe("C:\\briefs\\稀土 簡報 \ufffd.txt");
  });
});
