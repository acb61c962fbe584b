// `changeset version` bumps package.json files only; the elements compare their compiled-in
// version when a second copy registers the same tag, so it must follow package.json.
import { readFileSync, writeFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync("packages/elements/package.json", "utf8"));
const file = "packages/elements/src/internal/version.ts";
const source = readFileSync(file, "utf8");
const updated = source.replace(/VERSION = "[^"]*"/, `VERSION = "${version}"`);
if (updated !== source) {
  writeFileSync(file, updated);
  console.log(`${file}: VERSION = "${version}"`);
}
