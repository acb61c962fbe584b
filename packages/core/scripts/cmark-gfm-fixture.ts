/**
 * Renders toMarkdown's output for each address with cmark-gfm, GitHub's own renderer (Debian:
 * `apt-get install cmark-gfm`), into test/fixtures/cmark-gfm/autolinks.json, so the tests check
 * GitHub's reading without needing the tool. Re-run after a change to how toMarkdown writes addresses:
 * `npx tsx scripts/cmark-gfm-fixture.ts` in packages/core.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { toMarkdown } from "../src/index.js";
import { ADDRESSES, briefWithPoint } from "../test/convert-sample.js";

const version = execFileSync("cmark-gfm", ["--version"], { encoding: "utf8" }).split("\n")[0];
const renders = ADDRESSES.map((address) => {
  const markdown = toMarkdown(briefWithPoint(address));
  const html = execFileSync(
    "cmark-gfm",
    ["--unsafe", "-e", "autolink", "-e", "table", "-e", "strikethrough"],
    {
      input: markdown,
      encoding: "utf8",
    },
  );
  return { address, markdown, html };
});
writeFileSync(
  new URL("../test/fixtures/cmark-gfm/autolinks.json", import.meta.url),
  `${JSON.stringify({ renderer: version, renders }, null, 2)}\n`,
);
