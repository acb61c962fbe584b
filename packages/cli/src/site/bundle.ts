import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { FileError, describeFsError } from "../errors.js";

/** The elements' CDN bundle (Lit and the parser inside), as the installed package exports it. */
export async function elementsBundle(): Promise<string> {
  let path: string;
  try {
    path = fileURLToPath(import.meta.resolve("@briefkit/elements/cdn"));
  } catch (error) {
    throw new FileError(
      `cannot find @briefkit/elements, which brief build copies from: ${describeFsError(error)}`,
    );
  }
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new FileError(
      `cannot read the elements' bundle ${path}: ${describeFsError(error)} (is @briefkit/elements built?)`,
    );
  }
}
