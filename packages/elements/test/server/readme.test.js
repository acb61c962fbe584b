// The README's API tables are generated from the custom elements manifest at build time: these
// tests fail when they were edited by hand or the manifest changed without a build.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import {
  END,
  START,
  customElements,
  expectedReadme,
  manifestURL,
  readmeURL,
} from "../../scripts/readme-api.mjs";

const readme = await readFile(readmeURL, "utf8");
const manifest = JSON.parse(await readFile(manifestURL, "utf8"));
const apiBlock = readme.slice(readme.indexOf(START), readme.indexOf(END));

test("the README's API block is what scripts/readme-api.mjs writes from the manifest", async () => {
  assert.equal(readme, await expectedReadme());
});

test("the README's API block names every element, attribute, event, part and custom property", () => {
  const names = customElements(manifest).flatMap((element) => [
    `<${element.tagName}>`,
    ...(element.attributes ?? []).map((attribute) => attribute.name),
    ...(element.events ?? []).map((event) => event.name),
    ...(element.cssParts ?? []).map((part) => part.name),
    ...(element.cssProperties ?? []).map((property) => property.name),
  ]);
  assert.ok(names.length > 0);
  for (const name of names) assert.ok(apiBlock.includes(`\`${name}\``), `${name} is missing`);
});
