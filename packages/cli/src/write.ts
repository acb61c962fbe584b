import { randomBytes } from "node:crypto";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import { sep } from "node:path";
import type { FilePath } from "./read.js";

/**
 * A fresh hidden name beside `path`: `folder/.name.PID.RANDOM.tmp`. Built from raw bytes, so that a
 * name that is not UTF-8 gets a temporary file in the same folder rather than in a lossy look-alike.
 */
function temporaryBeside(path: Buffer): Buffer {
  const slash = Math.max(path.lastIndexOf("/"), sep === "\\" ? path.lastIndexOf("\\") : -1);
  const ending = `.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  return Buffer.concat([
    path.subarray(0, slash + 1),
    Buffer.from("."),
    path.subarray(slash + 1),
    Buffer.from(ending),
  ]);
}

async function modeOf(path: Buffer): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * Replaces a file's content so that readers see the old file or the new one, never half of it: the
 * text goes to a temporary file in the same folder (a rename is only atomic within one file system),
 * is flushed to disk, takes the old file's permissions, then is renamed over it. A symbolic link is
 * followed, so the file it points to is updated and the link stays a link.
 */
export async function writeAtomically(link: FilePath, text: string): Promise<void> {
  const bytes = Buffer.from(link);
  const path = await realpath(bytes, { encoding: "buffer" }).catch(() => bytes);
  const temporary = temporaryBeside(path);
  const mode = await modeOf(path);
  try {
    const handle = await open(temporary, "wx", mode ?? 0o666);
    try {
      await handle.writeFile(text, "utf8");
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
