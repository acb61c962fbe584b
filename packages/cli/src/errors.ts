/** A mistake in how `brief` was called: reported on one line, exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A file that could not be found, read or written: reported on one line, exit status 2. */
export class FileError extends Error {
  override name = "FileError";
}

/** Node's fs errors carry a code such as ENOENT; this turns one into a short phrase for a message. */
export function describeFsError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    case "ELOOP":
      return "too many levels of symbolic links (a link loop?)";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Exit statuses, as the spec sets them. */
export const EXIT = {
  ok: 0,
  /** An error found in a brief, too many warnings, or files `fmt --check` would reformat. */
  problems: 1,
  /** A usage error, or a file that could not be found, read or written. */
  trouble: 2,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export function worst(a: ExitStatus, b: ExitStatus): ExitStatus {
  return a > b ? a : b;
}
