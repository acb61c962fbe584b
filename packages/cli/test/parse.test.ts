import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE, REFERENCE_PATH, big5, brief, briefText, folderWith, utf16le } from "./brief.js";

interface ParsedBrief {
  authors: string[];
  source: string | null;
  date: string | null;
  keywords: string[];
  summaries: {
    lang: string;
    lead: string;
    points: { text: string; children: unknown[] }[];
    position?: unknown;
  }[];
  position?: unknown;
}

function parsed(stdout: string): ParsedBrief {
  return JSON.parse(stdout) as ParsedBrief;
}

describe("brief parse", () => {
  it("prints the reference brief as one JSON object of the data model", () => {
    const run = brief(["parse", REFERENCE_PATH]);
    expect(run.status).toBe(0);
    const data = parsed(run.stdout);
    expect(data).toMatchObject({
      authors: ["Alasdair Phillips-Robin"],
      source: "Foreign Policy",
      date: "2025-10-24",
      keywords: ["經濟", "稀土", "習近平"],
    });
    expect(data.summaries.map((summary) => summary.lang)).toEqual(["zh-Hant", "en"]);
  });

  it("leaves positions out unless asked", () => {
    const data = parsed(brief(["parse", REFERENCE_PATH]).stdout);
    expect(data.position).toBeUndefined();
    expect(data.summaries[0]?.position).toBeUndefined();
  });

  it("includes unist-style positions with --positions", () => {
    const data = parsed(brief(["parse", "--positions", REFERENCE_PATH]).stdout);
    expect(data.summaries[0]?.position).toMatchObject({ start: { line: 11, column: 1 } });
  });

  it("prints an array when given several briefs", () => {
    const folder = folderWith({ "a.txt": briefText(1), "b.txt": briefText(2) });
    const run = brief(["parse", join(folder, "a.txt"), join(folder, "b.txt")]);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout) as ParsedBrief[];
    expect(data.map((item) => item.authors)).toEqual([["Author 1"], ["Author 2"]]);
  });

  it("prints an array for one file holding several briefs, a weekly digest", () => {
    const folder = folderWith({ "digest.txt": `${briefText(1)}\n${briefText(2)}\n${briefText(3)}` });
    const data = JSON.parse(brief(["parse", join(folder, "digest.txt")]).stdout) as ParsedBrief[];
    expect(data.map((item) => item.authors[0])).toEqual(["Author 1", "Author 2", "Author 3"]);
  });

  it("prints one compact brief per line with --ndjson", () => {
    const folder = folderWith({ "a.txt": briefText(1), "b.txt": briefText(2) });
    const run = brief(["parse", "--ndjson", folder]);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines.slice(0, 2).map((line) => parsed(line).authors[0])).toEqual(["Author 1", "Author 2"]);
  });

  it("reads standard input for -", () => {
    const run = brief(["parse", "-"], { input: REFERENCE });
    expect(run.status).toBe(0);
    expect(parsed(run.stdout).source).toBe("Foreign Policy");
  });

  it("decodes a UTF-16LE file by its byte order mark", () => {
    const folder = folderWith({ "utf16.txt": utf16le(REFERENCE.toString("utf8")) });
    const data = parsed(brief(["parse", join(folder, "utf16.txt")]).stdout);
    expect(data.keywords).toEqual(["經濟", "稀土", "習近平"]);
  });

  it("decodes Big5 bytes without being told", () => {
    const folder = folderWith({ "big5.txt": big5(briefText(7, { bullet: "●" })) });
    const data = parsed(brief(["parse", join(folder, "big5.txt")]).stdout);
    expect(data.keywords).toEqual(["經濟", "稀土", "第7號"]);
    expect(data.summaries[0]?.lead).toBe("第7份簡報的導言。");
  });

  it("decodes with the encoding forced by --encoding", () => {
    const folder = folderWith({ "big5.txt": big5(briefText(8, { bullet: "●" })) });
    const data = parsed(brief(["parse", "--encoding", "big5", join(folder, "big5.txt")]).stdout);
    expect(data.summaries[0]?.lead).toBe("第8份簡報的導言。");
  });

  it("reports errors on stderr and exits 1, still printing the brief it could read", () => {
    const folder = folderWith({ "bad-date.txt": briefText(3, { date: "13/45/2025" }) });
    const run = brief(["parse", join(folder, "bad-date.txt")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad-date\.txt:\d+:\d+ {2}error {2}.+ {2}invalid-date\n/);
    expect(parsed(run.stdout).date).toBeNull();
  });
});
