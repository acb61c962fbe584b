import { mkdir, readFile, readdir, rm, rmdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";
import { FileError, UsageError, describeFsError } from "../errors.js";
import { printable } from "../names.js";
import { writeAtomically } from "../write.js";

/** Lists what the last `brief build` wrote, so the next one knows which files are its own. */
export const MANIFEST = ".brief-build.json";

interface Manifest {
  generator: "brief build";
  files: string[];
}

/** A path the manifest may name: relative, inside the folder. Anything else is never touched. */
function ownedPath(path: unknown): path is string {
  if (typeof path !== "string" || path === "" || isAbsolute(path)) return false;
  const normal = normalize(path);
  return normal !== ".." && !normal.startsWith(`..${sep}`) && normal !== MANIFEST;
}

async function readManifest(root: string): Promise<string[] | null> {
  let text: string;
  try {
    text = await readFile(join(root, MANIFEST), "utf8");
  } catch {
    return null;
  }
  try {
    const manifest = JSON.parse(text) as Partial<Manifest>;
    if (manifest.generator !== "brief build" || !Array.isArray(manifest.files)) return null;
    return manifest.files.filter(ownedPath);
  } catch {
    return null;
  }
}

/**
 * The folder a site is built into. Only files it writes itself are ever replaced or removed: a folder
 * that is not empty and holds no manifest of an earlier build is refused unless forced, and even then
 * nothing of what was there is deleted. Each file is written atomically, so a server never serves half
 * of one.
 */
export class OutFolder {
  readonly #root: string;
  readonly #earlier: readonly string[];
  readonly #written = new Set<string>();
  readonly #folders = new Set<string>();

  private constructor(root: string, earlier: readonly string[]) {
    this.#root = root;
    this.#earlier = earlier;
  }

  static async open(dir: string, force: boolean): Promise<OutFolder> {
    const root = resolve(dir);
    let entries: string[];
    try {
      if (!(await stat(root)).isDirectory())
        throw new FileError(`--out ${printable(dir)} is a file, not a folder`);
      entries = await readdir(root);
    } catch (error) {
      if (error instanceof FileError) throw error;
      const code = error instanceof Error && "code" in error ? error.code : undefined;
      if (code !== "ENOENT")
        throw new FileError(`cannot use --out ${printable(dir)}: ${describeFsError(error)}`);
      entries = [];
    }
    const earlier = await readManifest(root);
    if (earlier === null && entries.length > 0 && !force) {
      throw new UsageError(
        `--out ${printable(dir)} is not empty and was not made by brief build; name a new folder, or add --force to write into it (nothing in it is deleted)`,
      );
    }
    return new OutFolder(root, earlier ?? []);
  }

  /** Writes `text` to `path` below the folder (with `/` between its parts). */
  async write(path: string, text: string): Promise<void> {
    const target = join(this.#root, ...path.split("/"));
    const folder = dirname(target);
    try {
      if (!this.#folders.has(folder)) await mkdir(folder, { recursive: true });
      this.#folders.add(folder);
      await writeAtomically(target, text);
    } catch (error) {
      throw new FileError(`cannot write ${printable(target)}: ${describeFsError(error)}`);
    }
    this.#written.add(path);
  }

  /**
   * Removes what the last build wrote and this one did not (the page of a brief since deleted, or
   * whose slug changed), then records this build's files for the next.
   */
  async finish(): Promise<void> {
    for (const path of this.#earlier) {
      if (this.#written.has(path)) continue;
      const target = join(this.#root, path);
      await rm(target, { force: true });
      // Only an empty folder goes, so nothing a user put beside a page is lost.
      await rmdir(dirname(target)).catch(() => undefined);
    }
    const manifest: Manifest = { generator: "brief build", files: [...this.#written].sort() };
    await this.write(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
