import { describe, expect, it } from "vitest";
import { ignoreRules, isIgnored } from "../src/ignore.js";

function ignored(gitignore: string, path: string, folder = false): boolean {
  return isIgnored(ignoreRules(gitignore, []), path.split("/"), folder);
}

describe("the .gitignore matcher", () => {
  it("matches a bare name at any depth, files and folders alike", () => {
    expect(ignored("build", "build", true)).toBe(true);
    expect(ignored("build", "a/b/build", true)).toBe(true);
    expect(ignored("notes.txt", "a/notes.txt")).toBe(true);
    expect(ignored("build", "builder", true)).toBe(false);
  });

  it("matches dir/ only against folders", () => {
    expect(ignored("out/", "out", true)).toBe(true);
    expect(ignored("out/", "out")).toBe(false);
  });

  it("matches *.ext anywhere, dotfiles included", () => {
    expect(ignored("*.tmp.txt", "a/b.tmp.txt")).toBe(true);
    expect(ignored("*.txt", ".hidden.txt")).toBe(true);
    expect(ignored("*.tmp.txt", "a/b.txt")).toBe(false);
  });

  it("anchors a leading / or an inner / to the .gitignore's folder", () => {
    expect(ignored("/dist", "dist", true)).toBe(true);
    expect(ignored("/dist", "a/dist", true)).toBe(false);
    expect(ignored("docs/drafts", "docs/drafts", true)).toBe(true);
    expect(ignored("docs/drafts", "x/docs/drafts", true)).toBe(false);
  });

  it("takes paths back with !, the last matching line deciding", () => {
    const gitignore = "*.txt\n!keep.txt\n";
    expect(ignored(gitignore, "a/drop.txt")).toBe(true);
    expect(ignored(gitignore, "a/keep.txt")).toBe(false);
    expect(ignored("!keep.txt\n*.txt\n", "keep.txt")).toBe(true);
  });

  it("reads ** as any number of folders", () => {
    expect(ignored("**/tmp", "a/b/tmp", true)).toBe(true);
    expect(ignored("**/tmp", "tmp", true)).toBe(true);
    expect(ignored("logs/**/old.txt", "logs/old.txt")).toBe(true);
    expect(ignored("logs/**/old.txt", "logs/x/y/old.txt")).toBe(true);
    expect(ignored("logs/**", "logs/x/y.txt")).toBe(true);
    expect(ignored("logs/**", "other/y.txt")).toBe(false);
  });

  it("skips comments and blank lines, and keeps rules to their own folder", () => {
    expect(ignored("# build\n\n", "build", true)).toBe(false);
    const nested = ignoreRules("*.txt", ["sub"]);
    expect(isIgnored(nested, ["sub", "a.txt"], false)).toBe(true);
    expect(isIgnored(nested, ["a.txt"], false)).toBe(false);
  });
});
