import { linkSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REFERENCE, REFERENCE_PATH, brief, briefText, folderWith, manyBriefs } from "./brief.js";

describe("brief convert", () => {
  it("converts a brief to an HTML article on stdout", () => {
    const run = brief(["convert", "--to", "html", REFERENCE_PATH]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<article class="brief">\n/);
    expect(run.stdout).toContain('<section lang="zh-Hant">');
    expect(run.stdout).toContain('<time datetime="2025-10-24">10/24/2025</time>');
    expect(run.stdout).toMatch(/<\/article>\n$/);
  });

  it("converts a brief to Markdown with a heading per language", () => {
    const run = brief(["convert", "--to", "md", REFERENCE_PATH]);
    expect(run.stdout).toMatch(/^\| 欄位\/Field \| 內容\/Value \|\n/);
    expect(run.stdout).toContain("## 摘要");
    expect(run.stdout).toContain("## Summary");
  });

  it("converts a brief to one schema.org JSON-LD object", () => {
    const data = JSON.parse(brief(["convert", "--to", "jsonld", REFERENCE_PATH]).stdout) as Record<
      string,
      unknown
    >;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Report",
      inLanguage: ["zh-Hant", "en"],
    });
    expect(data["isBasedOn"]).toMatchObject({ "@type": "NewsArticle", datePublished: "2025-10-24" });
  });

  it("prints the same JSON as brief parse with --to json", () => {
    expect(brief(["convert", "--to", "json", REFERENCE_PATH]).stdout).toBe(
      brief(["parse", REFERENCE_PATH]).stdout,
    );
  });

  it("puts a thematic break between the Markdown of several briefs", () => {
    const folder = folderWith({ "a.txt": briefText(1), "b.txt": briefText(2) });
    const markdown = brief(["convert", "--to", "md", folder]).stdout;
    expect(markdown.split("\n\n---\n\n")).toHaveLength(2);
  });

  it("prints an array of JSON-LD objects for several briefs", () => {
    const folder = folderWith({ "a.txt": briefText(1), "b.txt": briefText(2) });
    const data = JSON.parse(brief(["convert", "--to", "jsonld", folder]).stdout) as unknown[];
    expect(data).toHaveLength(2);
  });

  it("converts standard input", () => {
    const run = brief(["convert", "--to", "html", "-"], { input: REFERENCE });
    expect(run.status).toBe(0);
    // The core is moving summary headings from <h2> to <h3> (the brief's own heading takes <h2>).
    expect(run.stdout).toMatch(/<h[23]>Summary<\/h[23]>/);
  });

  it("writes one file per input into -o DIR, keeping sub-folders", () => {
    const input = folderWith({ "a.txt": briefText(1), "sub/b.txt": briefText(2) });
    const output = join(folderWith(), "out");
    const run = brief(["convert", "--to", "html", "-o", output, input]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(readdirSync(output, { recursive: true }).sort()).toEqual(["a.html", "sub", join("sub", "b.html")]);
    expect(readFileSync(join(output, "sub", "b.html"), "utf8")).toContain("Author 2");
  });

  it("refuses to write an output over its input, before converting anything", () => {
    const folder = folderWith({ "brief.md": briefText(1), "other.txt": briefText(2) });
    const run = brief([
      "convert",
      "--to",
      "md",
      "-o",
      folder,
      join(folder, "other.txt"),
      join(folder, "brief.md"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^brief: .*brief\.md is the input .*brief\.md; it will not be overwritten\n$/);
    expect(readFileSync(join(folder, "brief.md"), "utf8")).toBe(briefText(1));
    expect(readdirSync(folder).sort()).toEqual(["brief.md", "other.txt"]);
  });

  it("refuses to write over an input reached through a hard link", () => {
    const input = folderWith({ "brief.txt": briefText(1) });
    const output = folderWith();
    linkSync(join(input, "brief.txt"), join(output, "brief.json"));
    const run = brief(["convert", "--to", "json", "-o", output, join(input, "brief.txt")]);
    expect(run.status).toBe(2);
    expect(readFileSync(join(input, "brief.txt"), "utf8")).toBe(briefText(1));
  });

  it("refuses two inputs that would write the same output file", () => {
    const one = folderWith({ "brief.txt": briefText(1) });
    const two = folderWith({ "brief.txt": briefText(2) });
    const run = brief([
      "convert",
      "--to",
      "md",
      "-o",
      folderWith(),
      join(one, "brief.txt"),
      join(two, "brief.txt"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/would both be written to .*brief\.md\n$/);
  });

  it("refuses -o for standard input", () => {
    const run = brief(["convert", "--to", "md", "-o", folderWith(), "-"], { input: REFERENCE });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^brief: --out-dir needs files/);
  });

  it("exits 2 when --to is missing or unknown", () => {
    expect(brief(["convert", REFERENCE_PATH]).stderr).toMatch(/^brief: --to is required/);
    expect(brief(["convert", "--to", "pdf", REFERENCE_PATH]).stderr).toBe(
      "brief: --to must be one of md, html, jsonld, json, not pdf\n",
    );
  });

  describe("on a folder of 2,000 generated briefs", () => {
    let folder = "";
    beforeAll(() => {
      folder = folderWith(manyBriefs(2000));
    });

    it("converts them all in input order", () => {
      const run = brief(["convert", "--to", "jsonld", folder]);
      expect(run.status).toBe(0);
      const data = JSON.parse(run.stdout) as { isBasedOn: { author: { name: string }[] } }[];
      expect(data.map((item) => item.isBasedOn.author[0]?.name)).toEqual(
        Array.from({ length: 2000 }, (_, index) => `Author ${index + 1}`),
      );
    });

    it("writes one converted file per brief into -o DIR", () => {
      const output = join(folderWith(), "out");
      const run = brief(["convert", "--to", "md", "-o", output, folder]);
      expect(run.status).toBe(0);
      expect(readdirSync(output)).toHaveLength(2000);
      expect(readFileSync(join(output, "brief-1234.md"), "utf8")).toContain("Author 1234");
    });
  });
});
