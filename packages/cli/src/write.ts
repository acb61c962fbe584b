import { randomBytes } from "node:crypto";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

async function modeOf(path: string): Promise<number | undefined> {
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
export async function writeAtomically(link: string, text: string): Promise<void> {
  const path = await realpath(link).catch(() => link);
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
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
