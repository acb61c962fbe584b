/**
 * Builds the embed example into a folder any static server can serve: the page, its stylesheet, and the
 * elements' CDN bundle copied next to them (the page loads it as `./briefkit.min.js`).
 */
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PAGE_FILES = ["index.html", "page.css"];

export const exampleDirectory = fileURLToPath(new URL("..", import.meta.url));

/** The built, self-contained CDN bundle of @briefkit/elements (`@briefkit/elements/cdn`). */
export function cdnBundlePath(): string {
  return fileURLToPath(import.meta.resolve("@briefkit/elements/cdn"));
}

export async function buildEmbed(outDirectory = join(exampleDirectory, "dist")): Promise<string> {
  await mkdir(outDirectory, { recursive: true });
  await Promise.all([
    ...PAGE_FILES.map((file) => copyFile(join(exampleDirectory, file), join(outDirectory, file))),
    copyFile(cdnBundlePath(), join(outDirectory, "briefkit.min.js")),
  ]);
  return outDirectory;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDirectory = await buildEmbed();
  console.log(`embed example built in ${outDirectory}`);
}
