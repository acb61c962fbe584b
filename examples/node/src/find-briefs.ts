import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every `.txt` file under `folder`, at any depth, in a stable (sorted) order. */
export async function findBriefFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith(".txt"))
    .sort()
    .map((entry) => join(folder, entry));
}
