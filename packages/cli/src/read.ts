import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { constants } from "node:buffer";

/** Big enough for any real brief or digest, small enough that a runaway input fails in a second. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** The most --max-bytes may be: one Buffer holds at most this many bytes. */
export const LARGEST_MAX_BYTES = constants.MAX_LENGTH - 1;

/** The first read of a file whose size the file system does not tell (a device, a pipe). */
const UNKNOWN_SIZE_READ = 64 * 1024;

/** An input longer than the cap: `/dev/zero`, `yes |`, or a file far larger than any brief. */
export class TooLarge extends Error {
  override name = "TooLarge";
  constructor(maxBytes: number) {
    super(`more than ${maxBytes} bytes (raise --max-bytes to read it)`);
  }
}

/** A path as the file system holds it: text, or raw bytes for a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

/** A FilePath after a trip to a worker thread, which turns a Buffer into a plain Uint8Array. */
export type PostedPath = string | Uint8Array;

/**
 * A file's bytes, read until its end or until more than `maxBytes` have come. The buffer has the
 * size fstat reports plus one byte, so a regular file that does not change is read in one call: a
 * short read that brings the reported size is its end. The size is only a hint, though: devices and pipes report
 * 0 and a file may grow while it is read, so the buffer grows (doubling) when it fills, and the cap
 * is enforced on what is read, not on what was promised.
 */
export function readCapped(path: PostedPath, maxBytes: number): Uint8Array {
  const fd = openSync(
    typeof path === "string" ? path : Buffer.from(path.buffer, path.byteOffset, path.length),
    "r",
  );
  try {
    const stats = fstatSync(fd);
    if (stats.size > maxBytes) throw new TooLarge(maxBytes);
    const regular = stats.isFile();
    const first = regular ? stats.size + 1 : Math.max(stats.size + 1, UNKNOWN_SIZE_READ);
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, first));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new TooLarge(maxBytes);
        const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(length * 2, UNKNOWN_SIZE_READ)));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const wanted = buffer.length - length;
      const read = readSync(fd, buffer, length, wanted, null);
      length += read;
      // A short read that brings the whole reported size is the end; any other goes on to a 0-byte read.
      if (read === 0 || (regular && read < wanted && length >= stats.size)) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Standard input's bytes, or TooLarge once more than `maxBytes` have come; the stream is then
 * destroyed so that an endless writer such as `yes` gets EPIPE and stops.
 */
export async function readStdinCapped(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const bytes = chunk as Buffer;
    length += bytes.length;
    if (length > maxBytes) {
      process.stdin.destroy();
      throw new TooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}
